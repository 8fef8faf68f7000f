import { createBrowserRouter } from 'react-router';
import { LoginPage, RequireAuth } from '../features/auth';
import { AdminOnly } from './AdminOnly';
import { AppLayout } from './AppLayout';
import { DesignerRoute } from './DesignerRoute';
import { HomeRoute } from './HomeRoute';
import { NotFoundPage } from './NotFoundPage';
import { PublicFormPage } from '../features/publicForms';
import { RecordsRoute } from './RecordsRoute';
import { FormDesignerPage, FormListPage } from '../features/forms';
import { ImportPage } from '../features/transfers';
import { RulesPage } from '../features/scripting';
import { CalendarSettingsPage } from '../features/settings';
import { ApiKeysPage, UsersPage } from '../features/users';
import { BoardPage } from '../features/board';
import { RecordDetailPage } from '../features/recordDetail';
import { TaskInboxPage } from '../features/tasks';
import { WorkflowEditorPage, WorkflowListPage } from '../features/workflows';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // Public forms: anyone may fill them in, so they sit outside RequireAuth and the app's chrome.
  { path: '/f/:slug', element: <PublicFormPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'entities/:slug/records', element: <RecordsRoute /> },
      { path: 'entities/:slug/records/:id', element: <RecordDetailPage /> },
      { path: 'entities/:slug/board', element: <BoardPage /> },
      { path: 'entities/:slug/design', element: <DesignerRoute /> },
      { path: 'entities/:slug/forms', element: <AdminOnly><FormListPage /></AdminOnly> },
      { path: 'entities/:slug/forms/:form', element: <AdminOnly><FormDesignerPage /></AdminOnly> },
      { path: 'entities/:slug/import', element: <ImportPage /> },
      { path: 'entities/:slug/rules', element: <AdminOnly><RulesPage /></AdminOnly> },
      { path: 'tasks', element: <TaskInboxPage /> },
      { path: 'automations', element: <AdminOnly><WorkflowListPage /></AdminOnly> },
      { path: 'automations/new', element: <AdminOnly><WorkflowEditorPage /></AdminOnly> },
      { path: 'automations/:definitionId', element: <AdminOnly><WorkflowEditorPage /></AdminOnly> },
      { path: 'admin/calendar', element: <CalendarSettingsPage /> },
      { path: 'admin/users', element: <AdminOnly><UsersPage /></AdminOnly> },
      { path: 'admin/api-keys', element: <ApiKeysPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
