import type { RegistryWidgetsType } from '@rjsf/utils';
import { RelationWidget } from './RelationWidget';
import { UserWidget } from './UserWidget';

/** The pickers the record screens give the form renderer: people and related records looked up live. */
export const recordWidgets: RegistryWidgetsType = { user: UserWidget, relation: RelationWidget };
