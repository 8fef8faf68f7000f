import type { UseQueryResult } from '@tanstack/react-query';
import { Spin } from 'antd';
import type { ComponentProps } from 'react';
import type { RenderedForm } from '../../shared/forms';
import { ErrorResult } from '../../shared/ui/ErrorResult';
import { RecordForm } from './RecordForm';
import type { RecordFormDefinition } from './recordFormTypes';

type Props = Omit<ComponentProps<typeof RecordForm>, 'form'> & {
  /** The entity's record form as loading (useRecordForm). */
  query: UseQueryResult<RecordFormDefinition>;
  /** The loaded form as the screen adapted it, when it did. */
  form?: RenderedForm;
};

/** The record form once it has arrived: a spinner while it loads, the error with a retry if it cannot. */
export function RecordFormPanel({ query, form, ...props }: Props) {
  const shown = form ?? query.data;
  if (shown) return <RecordForm form={shown} {...props} />;
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  return <Spin className="record-form-loading" />;
}
