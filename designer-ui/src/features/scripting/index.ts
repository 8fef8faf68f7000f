import './rules.css';

export { RulesPage } from './RulesPage';
