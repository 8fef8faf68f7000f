import './forms.css';

export { FormListPage } from './FormListPage';
export { FormDesignerPage } from './FormDesignerPage';
