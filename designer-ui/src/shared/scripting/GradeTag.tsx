import { Tag } from 'antd';
import { gradeColor } from './scoreResult';

/** A grade (A, B, C…) as a coloured tag; nothing when there is no grade. */
export function GradeTag({ grade }: { grade?: string | null }) {
  if (!grade) return null;
  return (
    <Tag color={gradeColor(grade)} className="score-grade" data-testid="score-grade">
      {grade}
    </Tag>
  );
}
