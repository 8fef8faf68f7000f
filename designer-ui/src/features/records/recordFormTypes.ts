import type { RenderedForm } from '../../shared/forms';

/** GET /api/entities/{entity}/record-form. */
export type RecordFormDefinition = RenderedForm & { slug: string; version: number };
