import type { ObjectFieldTemplatePropertyType, ObjectFieldTemplateProps } from '@rjsf/utils';
import { getUiOptions } from '@rjsf/utils';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText } from '../i18n';
import type { RendererContext } from './rendererContext';
import type { FormSection } from './types';

type Property = ObjectFieldTemplatePropertyType;

function Grid({ items, columns }: { items: Property[]; columns: number }) {
  const span = 24 / Math.min(Math.max(Math.round(columns) || 1, 1), 3);
  return (
    <Row gutter={24}>
      {items.map((item) => (
        // One column on phones whatever the layout says: a three-column form is unreadable at 375 px.
        <Col key={item.name} xs={24} md={span}>
          {item.content}
        </Col>
      ))}
    </Row>
  );
}

/**
 * The form body: the layout's sections in order, each with its title and 1–3 columns. Fields the rules
 * hide are left out; fields in no section (none, when the layout names every field) follow in one column.
 */
export function SectionsTemplate({ properties, uiSchema, registry }: ObjectFieldTemplateProps) {
  const { i18n } = useTranslation();
  const { hidden } = registry.formContext as RendererContext;
  const shown = properties.filter((property) => !property.hidden && !hidden?.has(property.name));
  const byName = new Map(shown.map((property) => [property.name, property]));
  const sections = (getUiOptions(uiSchema).sections as FormSection[] | undefined) ?? [];
  const placed = new Set(sections.flatMap((section) => section.fields));
  const rest = shown.filter((property) => !placed.has(property.name));
  return (
    <div className="form-runtime__body">
      {sections.map((section) => {
        const items = section.fields.flatMap((field) => byName.get(field) ?? []);
        const title = typeof section.title === 'string' ? section.title : localize(section.title as LocalizedText, i18n.language);
        if (items.length === 0 && !title) return null;
        return (
          <section key={section.id} className="form-runtime__section" data-testid={`form-section-${section.id}`}>
            {title && (
              <Typography.Title level={5} className="form-runtime__section-title">
                {title}
              </Typography.Title>
            )}
            <Grid items={items} columns={section.columns ?? 1} />
          </section>
        );
      })}
      {rest.length > 0 && <Grid items={rest} columns={1} />}
    </div>
  );
}
