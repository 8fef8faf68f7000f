import { applyEdgeChanges, applyNodeChanges, useReactFlow, type EdgeChange, type NodeChange } from '@xyflow/react';
import { Badge, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntities } from '../entities';
import { DryRunDrawer } from '../workflowRuns';
import { ActivityPalette } from './ActivityPalette';
import { activityPorts, usedPortsBySource } from './activityPorts';
import { autoLayout } from './autoLayout';
import { copyNodes, pasteClip, type Clip } from './clipboard';
import { decorateNodes } from './decorateGraph';
import type { EditorState } from './editorReducer';
import { EditorCanvas } from './EditorCanvas';
import { EditorToolbar } from './EditorToolbar';
import { toElsa } from './elsaGraph';
import { addActivity, connect, placeNodes, removeSelected, selectOnly, updateActivity } from './graphEdits';
import { downloadWorkflow } from './importExport';
import { IssueList, type IssueRow } from './IssueList';
import { newActivityId } from './newActivity';
import { PropertyPanel } from './PropertyPanel';
import type { ActivityNode, ConnectionEdge, ElsaActivity, ElsaVariable, ElsaWorkflow, XY } from './types';
import { useActivityTitles } from './useActivityTitles';
import { useEditorShortcuts } from './useEditorShortcuts';
import { useEditorState } from './useEditorState';
import { useIssueText } from './useIssueText';
import { VersionTags } from './VersionTags';
import { useWorkflowPersistence } from './useWorkflowPersistence';
import { useWorkflows } from './useWorkflows';
import { issueCount, validateWorkflow } from './validateWorkflow';
import { workflowEntity } from './workflowEntity';
import { WorkflowPanel } from './WorkflowPanel';
import { useReadableFit } from './useReadableFit';

type Props = { initial: ElsaWorkflow; isNew: boolean };
type Tab = 'props' | 'workflow' | 'issues';

/** The canvas editor of one workflow definition: palette, canvas, side panels, and the toolbar's actions. */
export function WorkflowEditor({ initial, isNew }: Props) {
  const { t } = useTranslation();
  const flow = useReactFlow<ActivityNode, ConnectionEdge>();
  const fit = useReadableFit();
  const editor = useEditorState(initial);
  const { state, commit, replace } = editor;
  const entities = useEntities();
  const summaries = useWorkflows();
  const doc = useMemo(() => toElsa(state.workflow, state.graph), [state]);
  const persistence = useWorkflowPersistence({ doc, isNew, onReplaced: editor.reset });
  const validation = useMemo(() => validateWorkflow(doc, { entities: entities.data?.map((e) => e.slug) }), [doc, entities.data]);
  const issueText = useIssueText();
  const titles = useActivityTitles(state.graph.nodes);
  const dragOrigin = useRef<EditorState | null>(null);
  const clip = useRef<Clip | null>(null);
  const canvasBox = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dryRunOpen, setDryRunOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('workflow');

  const selected = state.graph.nodes.filter((n) => n.selected);
  const selectedActivity = selected.length === 1 ? selected[0].data.activity : null;
  const [shownSelection, setShownSelection] = useState<string | null>(null);
  if ((selectedActivity?.id ?? null) !== shownSelection) {
    setShownSelection(selectedActivity?.id ?? null);
    if (selectedActivity) setTab('props');
  }

  const server = persistence.server;
  const nodeIssues = useMemo(() => {
    const all: Record<string, string[]> = {};
    for (const [id, list] of Object.entries(validation.activities)) all[id] = list.map(issueText);
    for (const [id, list] of Object.entries(server?.activities ?? {})) all[id] = [...(all[id] ?? []), ...list];
    return all;
  }, [validation, server, issueText]);
  const nodes = useMemo(() => decorateNodes(state.graph, { issues: nodeIssues }), [state.graph, nodeIssues]);
  const errorCount = issueCount(validation);
  const rows: IssueRow[] = [
    ...validation.workflow.map((i) => ({ activityId: null, title: t('workflows.issuesPanel.workflow'), message: issueText(i) })),
    ...(server?.workflow ?? []).map((m) => ({ activityId: null, title: t('workflows.issuesPanel.server'), message: m })),
    ...Object.entries(nodeIssues).flatMap(([id, list]) => list.map((m) => ({ activityId: id, title: titles.get(id) ?? id, message: m }))),
  ];

  useEffect(() => {
    if (!persistence.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [persistence.dirty]);

  const onNodesChange = (changes: NodeChange<ActivityNode>[]) => {
    // Removal goes through Delete (one undo step for nodes and their connections); the rest only shows.
    const shown = changes.filter((c) => c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace');
    if (shown.length > 0) replace((s) => ({ ...s, graph: { ...s.graph, nodes: applyNodeChanges(shown, s.graph.nodes) } }));
  };
  const onEdgesChange = (changes: EdgeChange<ConnectionEdge>[]) => {
    const shown = changes.filter((c) => c.type === 'select');
    if (shown.length > 0) replace((s) => ({ ...s, graph: { ...s.graph, edges: applyEdgeChanges(shown, s.graph.edges) } }));
  };

  const viewportCentre = (): XY => {
    const box = canvasBox.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0 };
    const at = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    return { x: Math.round(at.x - 100), y: Math.round(at.y - 40) };
  };

  /** Pans (keeping the zoom) so a node placed off screen comes into view. */
  const reveal = (at: XY) => {
    const box = canvasBox.current?.getBoundingClientRect();
    if (!box) return;
    const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
    const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
    const inside = at.x >= topLeft.x && at.y >= topLeft.y && at.x + 210 <= bottomRight.x && at.y + 100 <= bottomRight.y;
    if (!inside) void flow.setCenter(at.x + 105, at.y + 50, { zoom: flow.getZoom(), duration: 250 });
  };

  /** A click in the palette adds the activity after the selected one, connected from its first free port. */
  const addByClick = (type: string) => {
    const from = selected.length === 1 ? selected[0] : null;
    const id = newActivityId();
    const ports = from ? activityPorts(from.data.activity, usedPortsBySource(state.graph.edges).get(from.id)) : [];
    const used = new Set(state.graph.edges.filter((e) => e.source === from?.id).map((e) => e.sourceHandle));
    const port = ports.find((p) => !used.has(p)) ?? ports[0];
    const siblings = from ? state.graph.edges.filter((e) => e.source === from.id).length : 0;
    const position = from ? { x: from.position.x + 290, y: from.position.y + siblings * 130 } : viewportCentre();
    commit((s) => {
      const graph = addActivity(s.graph, type, position, id);
      return { ...s, graph: from && port ? connect(graph, from.id, port, id) : graph };
    });
    reveal(position);
  };

  const handlers = {
    undo: editor.undo,
    redo: editor.redo,
    copy: () => {
      clip.current = copyNodes(state.graph, selected.map((n) => n.id));
    },
    paste: () => {
      const copied = clip.current;
      if (copied) commit((s) => ({ ...s, graph: pasteClip(s.graph, copied, newActivityId) }));
    },
    remove: () => commit((s) => ({ ...s, graph: removeSelected(s.graph) })),
  };
  useEditorShortcuts(handlers);

  const layout = () => {
    commit((s) => ({ ...s, graph: placeNodes(s.graph, autoLayout(s.graph.nodes.map((n) => n.id), s.graph.edges)) }));
    window.setTimeout(() => fit(300), 50);
  };

  const pick = (id: string) => {
    replace((s) => ({ ...s, graph: selectOnly(s.graph, id) }));
    const node = state.graph.nodes.find((n) => n.id === id);
    if (node) void flow.setCenter(node.position.x + 105, node.position.y + 40, { duration: 300, zoom: flow.getZoom() });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await persistence.importText(await file.text());
  };

  const dryRun = async () => {
    if (await persistence.storeIfChanged()) setDryRunOpen(true);
  };

  const variables = (state.workflow.variables ?? []) as ElsaVariable[];
  const entity = workflowEntity(state.graph.nodes);

  return (
    <div className="wf-editor" data-testid="wf-editor">
      <div className="wf-editor__bar">
        <div className="wf-editor__title">
          <Typography.Title level={5} className="wf-editor__name" data-testid="wf-title">
            {doc.name || t('workflows.editor.untitled')}
          </Typography.Title>
          <VersionTags isNew={isNew} summary={summaries.data?.find((w) => w.definitionId === doc.definitionId)} />
        </div>
        <EditorToolbar
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
          dirty={persistence.dirty}
          saving={persistence.saving}
          publishing={persistence.publishing}
          errorCount={errorCount}
          onUndo={editor.undo}
          onRedo={editor.redo}
          onLayout={layout}
          onImport={() => fileInput.current?.click()}
          onExport={() => downloadWorkflow(doc)}
          onDryRun={() => void dryRun()}
          onSave={() => void persistence.store()}
          onPublish={() => void persistence.publishNow()}
        />
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} data-testid="wf-import-file" />
      </div>
      <div className="wf-editor__body">
        <ActivityPalette onAdd={addByClick} />
        <div className="wf-editor__canvas" ref={canvasBox}>
          <EditorCanvas
            nodes={nodes}
            edges={state.graph.edges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={(c) => commit((s) => ({ ...s, graph: connect(s.graph, c.source, c.sourceHandle ?? 'Done', c.target) }))}
            onDragStart={() => {
              dragOrigin.current = state;
            }}
            onDragStop={() => {
              if (dragOrigin.current) editor.commitFrom(dragOrigin.current);
              dragOrigin.current = null;
            }}
            onDropActivity={(type, position) => commit((s) => ({ ...s, graph: addActivity(s.graph, type, position, newActivityId()) }))}
          />
        </div>
        <div className="wf-editor__side">
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as Tab)}
            size="small"
            items={[
              {
                key: 'props',
                label: <span data-testid="wf-tab-props">{t('workflows.tabs.props')}</span>,
                children: (
                  <PropertyPanel
                    key={selectedActivity?.id}
                    activity={selectedActivity}
                    issues={selectedActivity ? validation.activities[selectedActivity.id] ?? [] : []}
                    serverMessages={selectedActivity ? server?.activities[selectedActivity.id] ?? [] : []}
                    variables={variables}
                    entities={entities.data ?? []}
                    workflowEntity={entity}
                    onChange={(activity: ElsaActivity, key) => commit((s) => ({ ...s, graph: updateActivity(s.graph, activity.id, () => activity) }), key)}
                    onDelete={handlers.remove}
                  />
                ),
              },
              {
                key: 'workflow',
                label: <span data-testid="wf-tab-workflow">{t('workflows.tabs.workflow')}</span>,
                children: <WorkflowPanel workflow={state.workflow} isNew={isNew} onChange={(workflow, key) => commit((s) => ({ ...s, workflow }), `workflow:${key}`)} />,
              },
              {
                key: 'issues',
                label: (
                  <span data-testid="wf-tab-issues">
                    {t('workflows.tabs.issues')} <Badge count={rows.length} size="small" />
                  </span>
                ),
                children: <IssueList rows={rows} onPick={pick} />,
              },
            ]}
          />
        </div>
      </div>
      <DryRunDrawer definitionId={doc.definitionId} entity={entity} open={dryRunOpen} onClose={() => setDryRunOpen(false)} />
    </div>
  );
}
