import { Card, Checkbox, Col, Form, Input, Row, Select, Tag } from 'antd';
import { ID_TYPES } from '../../../../main/domain/case-types';
import { ReadCardButton, CardReadNotes } from '../desk/party/CardReadParts';
import { readerPanelProps } from '../desk/party/CardReaderProvider';
import { ID_NUMBER_STYLE } from '../desk/party/PartyFields';
import type { PartyFormValues } from '../desk/party/partyValues';
import { useCardParty } from '../desk/party/useCardParty';
import { ID_TYPE_LABELS } from '../desk/labels';
import { CheckedItem } from '../desk/violations';

const ID_TYPE_OPTIONS = ID_TYPES.map((value) => ({ value, label: ID_TYPE_LABELS[value] }));

/** One person at reception as the form holds them: what the ticket needs, and how the document was checked. */
export interface ReceptionPersonValues {
  idType: PartyFormValues['idType'];
  idNumber?: string;
  name?: string;
  /** 'reader' only while the identity is what the chip said (the desk's reader sets and clears it). */
  verifyMethod: 'reader' | 'manual';
  staffChecked?: boolean;
}

export function emptyReceptionPerson(): ReceptionPersonValues {
  return { idType: 'resident_id', verifyMethod: 'manual', staffChecked: false };
}

/**
 * One person's document at reception: 读卡 fills it from the chip (verified by the reader); typed by
 * hand, the staff member ticks that they checked the original, since a ticket for a couple needs both.
 */
export function ReceptionPerson({ index, title }: { index: number; title: string }) {
  const form = Form.useFormInstance();
  const path = ['persons', index];
  const person = Form.useWatch(path, form) as Partial<ReceptionPersonValues> | undefined;
  useCardParty(path, person);
  const read = person?.verifyMethod === 'reader';

  return (
    <Card size="small" title={title} extra={<ReadCardButton path={path} />} {...readerPanelProps(path)} data-testid={`reception-person-${index}`}>
      <CardReadNotes path={path} />
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="证件类型" name={[...path, 'idType']}>
            <Select options={ID_TYPE_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <CheckedItem vpath={`persons.${index}.idNumber`} label="证件号码" name={[...path, 'idNumber']} rules={[{ required: true, whitespace: true, message: '请输入证件号码' }]}>
            <Input autoComplete="off" maxLength={32} style={ID_NUMBER_STYLE} />
          </CheckedItem>
        </Col>
        <Col span={6}>
          <CheckedItem vpath={`persons.${index}.name`} label="姓名" name={[...path, 'name']} rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
            <Input autoComplete="off" maxLength={60} />
          </CheckedItem>
        </Col>
      </Row>
      <Form.Item name={[...path, 'verifyMethod']} hidden>
        <Input />
      </Form.Item>
      {read ? (
        <Tag color="green">证件已由读卡器核验</Tag>
      ) : (
        <Form.Item
          name={[...path, 'staffChecked']}
          valuePropName="checked"
          style={{ marginBottom: 0 }}
          rules={[
            {
              validator: async (_rule, checked: unknown) => {
                if (!checked) throw new Error('请核对证件原件后勾选，或读卡');
              },
            },
          ]}
        >
          <Checkbox>已核验证件原件</Checkbox>
        </Form.Item>
      )}
    </Card>
  );
}
