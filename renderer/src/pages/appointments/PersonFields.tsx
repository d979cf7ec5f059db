import { Col, Input, Row, Select } from 'antd';
import { ID_TYPES } from '../../../../main/domain/case-types';
import { ID_TYPE_LABELS } from '../desk/labels';
import { ID_NUMBER_STYLE } from '../desk/party/PartyFields';
import { CheckedItem } from '../desk/violations';

const ID_TYPE_OPTIONS = ID_TYPES.map((value) => ({ value, label: ID_TYPE_LABELS[value] }));

/**
 * One booked person: the document and its number (matched against the cards at check-in) and the
 * name; what the pre-check says about `persons.<i>.…` shows beside the field.
 */
export function PersonFields({ index, title }: { index: number; title: string }) {
  const at = (field: string) => ['persons', index, field];
  const vpath = (field: string) => `persons.${index}.${field}`;
  return (
    <fieldset data-testid={`person-${index}`} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '8px 16px 0', margin: '0 0 12px' }}>
      <legend style={{ width: 'auto', fontSize: '1em', padding: '0 6px', margin: 0, border: 0 }}>{title}</legend>
      <Row gutter={16}>
        <Col span={7}>
          <CheckedItem vpath={vpath('idType')} label="证件类型" name={at('idType')}>
            <Select options={ID_TYPE_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col span={10}>
          <CheckedItem vpath={vpath('idNumber')} label="证件号码" name={at('idNumber')} rules={[{ required: true, whitespace: true, message: '请输入证件号码' }]}>
            <Input autoComplete="off" maxLength={32} style={ID_NUMBER_STYLE} />
          </CheckedItem>
        </Col>
        <Col span={7}>
          <CheckedItem vpath={vpath('name')} label="姓名" name={at('name')} rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
            <Input autoComplete="off" maxLength={60} />
          </CheckedItem>
        </Col>
      </Row>
    </fieldset>
  );
}
