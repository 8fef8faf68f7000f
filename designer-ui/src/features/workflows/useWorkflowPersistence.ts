import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isProblem, problemText } from '../../shared/api';
import { parseImport } from './importExport';
import { serverIssues, type ServerIssues } from './publishErrors';
import type { ElsaWorkflow } from './types';
import { useWorkflowMutations } from './useWorkflowMutations';

type Options = {
  doc: ElsaWorkflow;
  /** Not yet on the server: the first save creates it. */
  isNew: boolean;
  onReplaced: (workflow: ElsaWorkflow) => void;
};

/** Save, publish and import for the editor, with the server's answers shown as messages or on the nodes. */
export function useWorkflowPersistence({ doc, isNew, onReplaced }: Options) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { create, save, publish } = useWorkflowMutations();
  const [savedJson, setSavedJson] = useState<string | null>(isNew ? null : JSON.stringify(doc));
  const [server, setServer] = useState<ServerIssues | null>(null);
  const dirty = savedJson !== JSON.stringify(doc);

  const fail = (error: unknown) => {
    if (isProblem(error) && Object.keys(error.errors).length > 0) setServer(serverIssues(error.errors, doc));
    void message.error(problemText(error, t('errors.unexpected')));
  };

  /** Stores the draft; true when it is on the server as shown. */
  const store = async (quiet = false): Promise<boolean> => {
    try {
      if (isNew) await create.mutateAsync(doc);
      else await save.mutateAsync(doc);
      setSavedJson(JSON.stringify(doc));
      setServer(null);
      if (!quiet) void message.success(t('workflows.editor.saved'));
      if (isNew) void navigate(`/automations/${encodeURIComponent(doc.definitionId)}`, { replace: true });
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const storeIfChanged = async () => (dirty || isNew ? store(true) : true);

  const publishNow = async () => {
    if (!(await storeIfChanged())) return false;
    try {
      await publish.mutateAsync(doc.definitionId);
      setServer(null);
      void message.success(t('workflows.editor.published'));
      return true;
    } catch (error) {
      if (isProblem(error, 400) && Object.keys(error.errors).length > 0) {
        setServer(serverIssues(error.errors, doc));
        void message.error(t('workflows.editor.publishRefused'));
      } else fail(error);
      return false;
    }
  };

  const importText = async (text: string) => {
    const read = parseImport(text);
    if ('error' in read) {
      void message.error(t(`workflows.import.${read.error}`));
      return;
    }
    const imported = read.workflow;
    if (imported.definitionId === doc.definitionId) {
      modal.confirm({
        title: t('workflows.import.replaceTitle'),
        content: t('workflows.import.replaceText', { id: doc.definitionId }),
        okText: t('workflows.import.replace'),
        onOk: async () => {
          onReplaced(imported);
          if (isNew) return;
          try {
            await save.mutateAsync(imported);
            setSavedJson(JSON.stringify(imported));
            void message.success(t('workflows.import.replaced'));
          } catch (error) {
            fail(error);
          }
        },
      });
      return;
    }
    try {
      const createdDoc = await create.mutateAsync(imported);
      void message.success(t('workflows.import.created', { name: createdDoc.name ?? createdDoc.definitionId }));
      void navigate(`/automations/${encodeURIComponent(createdDoc.definitionId)}`);
    } catch (error) {
      void message.error(isProblem(error, 409) ? t('workflows.import.exists', { id: imported.definitionId }) : problemText(error, t('errors.unexpected')));
    }
  };

  return {
    dirty,
    saving: create.isPending || save.isPending,
    publishing: publish.isPending,
    server,
    store,
    storeIfChanged,
    publishNow,
    importText,
  };
}
