import { Alert, Card, Checkbox, Form, Space, Tag } from 'antd';
import { useContext } from 'react';
import { partyLabel } from '../labels';
import { ReadCardButton } from '../party/CardReadParts';
import { readerPanelProps } from '../party/CardReaderProvider';
import { PartyFields } from '../party/PartyFields';
import { CheckedItem, ViolationContext, ViolationLines } from '../violations';
import { STATUS_FIELDS, UNVERIFIED } from './marriageValues';

/** One party of a marriage: the identity document, the three declarations, and what the marital-status check found. */
export function MarriagePartyCard({ index }: { index: 0 | 1 }) {
  const sex = Form.useWatch(['parties', index, 'party', 'sex']) as 'male' | 'female' | undefined;
  const all = useContext(ViolationContext);
  const vprefix = `parties.${index}`;
  const status = all.filter((v) => STATUS_FIELDS.some((f) => v.field === `${vprefix}.${f}`));
  const unverified = status.filter((v) => v.code === UNVERIFIED);
  const married = status.filter((v) => v.code !== UNVERIFIED);
  const at = (field: string) => ['parties', index, field];
  const path = ['parties', index, 'party'];

  return (
    <Card
      title={
        <Space>
          {partyLabel(index)}
          {sex && <Tag color={sex === 'male' ? 'blue' : 'magenta'}>{sex === 'male' ? '男方' : '女方'}</Tag>}
        </Space>
      }
      extra={<ReadCardButton path={path} />}
      data-testid={`party-${index}`}
      {...readerPanelProps(path)}
      styles={{ body: { paddingBottom: 8 } }}
    >
      <PartyFields name={path} vprefix={vprefix} autoFocus={index === 0} />
      <div style={{ borderTop: '1px dashed #e5e5e5', paddingTop: 12 }}>
        <CheckedItem vpath={`${vprefix}.declarationSigned`} name={at('declarationSigned')} valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>已当面签署《申请结婚登记声明书》</Checkbox>
        </CheckedItem>
        <CheckedItem vpath={`${vprefix}.voluntary`} name={at('voluntary')} valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>本人自愿结婚</Checkbox>
        </CheckedItem>
        <CheckedItem vpath={`${vprefix}.prohibitedKinshipDeclared`} name={at('prohibitedKinshipDeclared')} valuePropName="checked" style={{ marginBottom: 12 }}>
          <Checkbox>声明与对方存在禁止结婚的亲属关系</Checkbox>
        </CheckedItem>
      </div>
      {married.length > 0 && <Alert type="error" showIcon title={<ViolationLines violations={married} />} style={{ marginBottom: 12 }} />}
      {unverified.length > 0 && (
        <Alert type="warning" showIcon title="省级婚姻状况核验未能完成，保存后提交主管复核" style={{ marginBottom: 12 }} />
      )}
    </Card>
  );
}
