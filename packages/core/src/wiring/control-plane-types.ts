// What a control plane holds, wherever it lives (GitHub or the state folder).
import type { DecisionLog, Dispatcher, IncidentTracker, Notifier, RunHistory, VariableStore } from '../ports';

export interface ControlPlane {
  vars: VariableStore;
  runs: RunHistory;
  incidents: IncidentTracker;
  decisions: DecisionLog;
  notifier: Notifier;
  /** GitHub's dispatcher; locally the host supplies one that runs the executor in-process. */
  dispatcher?: Dispatcher;
  where: 'github' | 'local';
}
