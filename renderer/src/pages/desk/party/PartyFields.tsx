import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { ID_TYPES, type IdType } from '../../../../../main/domain/case-types';
import { birthDateFromId, sexFromId } from '../../../../../main/domain/identity';
import { ID_TYPE_LABELS } from '../labels';
import { CheckedItem } from '../violations';
import { CardReadNotes, VerifyMethodRadio } from './CardReadParts';
import { DateInput } from './DateInput';
import type { PartyFormValues } from './partyValues';
import { useCardParty } from './useCardParty';

const ID_TYPE_OPTIONS = ID_TYPES.map((value) => ({ value, label: ID_TYPE_LABELS[value] }));
export const ID_NUMBER_STYLE = { fontFamily: 'Consolas, "DejaVu Sans Mono", monospace', letterSpacing: 0.5 } as const;

interface PartyFieldsProps {
  /** Where the party sits in the form's values: ['parties', 0, 'party'], ['applicant'] … */
  readonly name: readonly (string | number)[];
  /** The same place in the API's violation paths: 'parties.0', 'applicant'. */
  readonly vprefix: string;
  readonly autoFocus?: boolean;
}

/**
 * One person's identity document, keyboard order: name, document, number (which fills in the birth
 * date and sex of an 18-character number as it is typed), then the rest; each field shows what the
 * live check said about it. Under a CardReaderProvider the card reader fills it (F2 or the panel's
 * 读卡 button) and says here what it read.
 */
export function PartyFields({ name, vprefix, autoFocus }: PartyFieldsProps) {
  const form = Form.useFormInstance();
  const at = (field: string) => [...name, field];
  const longTerm = Form.useWatch(at('idLongTerm'), form) as boolean | undefined;
  const party = Form.useWatch(name, form) as Partial<PartyFormValues> | undefined;
  const method = party?.verifyMethod;
  useCardParty(name, party);

  const fillFromNumber = (idNumber: string) => {
    const idType = form.getFieldValue(at('idType')) as IdType;
    const birthDate = birthDateFromId(idType, idNumber);
    const sex = sexFromId(idType, idNumber);
    if (birthDate) form.setFieldValue(at('birthDate'), birthDate);
    if (sex) form.setFieldValue(at('sex'), sex);
  };

  return (
    <Row gutter={16}>
      <Col span={24}>
        <CardReadNotes path={name} />
      </Col>
      <Col span={12}>
        <CheckedItem vpath={`${vprefix}.name`} label="姓名" name={at('name')} rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input autoComplete="off" maxLength={60} autoFocus={autoFocus} />
        </CheckedItem>
      </Col>
      <Col span={12}>
        <CheckedItem vpath={`${vprefix}.idType`} label="证件类型" name={at('idType')} required>
          <Select options={ID_TYPE_OPTIONS} />
        </CheckedItem>
      </Col>
      <Col span={24}>
        <CheckedItem vpath={`${vprefix}.idNumber`} label="证件号码" name={at('idNumber')} rules={[{ required: true, whitespace: true, message: '请输入证件号码' }]}>
          <Input autoComplete="off" maxLength={32} style={ID_NUMBER_STYLE} onChange={(e) => fillFromNumber(e.target.value)} />
        </CheckedItem>
      </Col>
      <Col span={12}>
        <CheckedItem vpath={`${vprefix}.birthDate`} label="出生日期" name={at('birthDate')} rules={[{ required: true, message: '请输入出生日期' }]}>
          <DateInput />
        </CheckedItem>
      </Col>
      <Col span={12}>
        <CheckedItem vpath={`${vprefix}.sex`} label="性别" name={at('sex')} rules={[{ required: true, message: '请选择性别' }]}>
          <Radio.Group options={[{ value: 'male', label: '男' }, { value: 'female', label: '女' }]} />
        </CheckedItem>
      </Col>
      <Col span={8}>
        <CheckedItem vpath={`${vprefix}.nationality`} label="国籍" name={at('nationality')} normalize={(v: string) => v.toUpperCase()}>
          <Input maxLength={3} autoComplete="off" placeholder="CHN" />
        </CheckedItem>
      </Col>
      <Col span={16}>
        <CheckedItem vpath={`${vprefix}.idValidUntil`} label="证件有效期至" required>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Form.Item
              noStyle
              name={at('idValidUntil')}
              rules={longTerm ? [] : [{ required: true, message: '请输入有效期或勾选长期' }]}
            >
              <DateInput disabled={longTerm} placeholder={longTerm ? '长期有效' : '如 20350101'} aria-label="证件有效期至" />
            </Form.Item>
            <Form.Item noStyle name={at('idLongTerm')} valuePropName="checked">
              <Checkbox style={{ whiteSpace: 'nowrap' }}>长期</Checkbox>
            </Form.Item>
          </div>
        </CheckedItem>
      </Col>
      <Col span={24}>
        <CheckedItem vpath={`${vprefix}.verification`} label="身份核验" required style={{ marginBottom: method === 'manual' ? 8 : undefined }}>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
            <Form.Item noStyle name={at('verifyMethod')}>
              <VerifyMethodRadio path={name} />
            </Form.Item>
            {method === 'manual' && (
              <Form.Item noStyle name={at('verifyReason')} rules={[{ required: true, whitespace: true, message: '请填写人工核验的理由' }]}>
                <Input style={{ flex: 1 }} aria-label="核验理由" placeholder="如：已人工核对身份证原件" maxLength={200} autoComplete="off" />
              </Form.Item>
            )}
          </div>
        </CheckedItem>
      </Col>
    </Row>
  );
}
