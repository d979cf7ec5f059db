import { Card, Checkbox, Form, Tag } from 'antd';
import type { ReactNode } from 'react';
import { isValidDate } from '../../../../../main/domain/dates';
import { ageOn } from '../../../../../main/domain/identity';
import { ADOPTION_AGES, type ChildSituation } from '../../../../../main/domain/rules/adoption';
import { officeToday } from '../format';
import { ReadCardButton } from '../party/CardReadParts';
import { readerPanelProps } from '../party/CardReaderProvider';
import { PartyFields } from '../party/PartyFields';
import { CheckedItem } from '../violations';
import { SITUATION_LABELS } from './adoptionLabels';

const CHILD = ['child'] as const;
const SITUATION_OPTIONS = (Object.keys(SITUATION_LABELS) as (keyof ChildSituation)[]).map((value) => ({ value, label: SITUATION_LABELS[value] }));

/** The child's age today, or null while the birth date is not a date. */
export function useChildAge(): number | null {
  const birthDate = Form.useWatch(['child', 'birthDate']) as string | undefined;
  return birthDate && isValidDate(birthDate) ? ageOn(birthDate, officeToday()) : null;
}

/** The child's consent: asked of every child, required (民法典 1104) once the child is 8. */
export function ChildConsentItem({ age, children }: { age: number | null; children: ReactNode }) {
  const required = age !== null && age >= ADOPTION_AGES.childConsent;
  return (
    <CheckedItem vpath="childConsent" name="childConsent" valuePropName="checked" style={{ marginBottom: 12 }}>
      <Checkbox>
        {children}
        {required && (
          <Tag color="red" style={{ marginLeft: 8 }} data-testid="consent-required">
            已满 {ADOPTION_AGES.childConsent} 周岁，必须
          </Tag>
        )}
      </Checkbox>
    </CheckedItem>
  );
}

/** 被收养人: the identity document, the situation the papers show (each waives some rules), the child's own consent. */
export function ChildCard({ onSituation }: { onSituation: (keys: (keyof ChildSituation)[]) => void }) {
  const age = useChildAge();
  return (
    <Card
      title={
        <>
          被收养人
          {age !== null && <Tag style={{ marginLeft: 8 }}>{age} 周岁</Tag>}
        </>
      }
      extra={<ReadCardButton path={CHILD} />}
      data-testid="child"
      {...readerPanelProps(CHILD)}
      styles={{ body: { paddingBottom: 8 } }}
    >
      <PartyFields name={CHILD} vprefix="child" />
      <div style={{ borderTop: '1px dashed #e5e5e5', paddingTop: 12 }}>
        <Form.Item label="被收养人情况" name="situation" tooltip="孤儿、残疾、福利机构抚养且查找不到生父母、亲属子女、继子女不受子女人数的限制">
          <Checkbox.Group options={SITUATION_OPTIONS} onChange={(keys) => onSituation(keys as (keyof ChildSituation)[])} />
        </Form.Item>
        <ChildConsentItem age={age}>已征得被收养人本人同意</ChildConsentItem>
      </div>
    </Card>
  );
}
