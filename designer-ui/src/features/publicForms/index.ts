import './publicForms.css';

export { PublicFormPage } from './PublicFormPage';
