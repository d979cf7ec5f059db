import { Card, Col, InputNumber, Radio, Row } from 'antd';
import { ReadCardButton } from '../party/CardReadParts';
import { readerPanelProps } from '../party/CardReaderProvider';
import { PartyFields } from '../party/PartyFields';
import { CheckedItem } from '../violations';
import { MARITAL_LABELS } from './adoptionLabels';

const MARITAL_OPTIONS = (['married', 'single'] as const).map((value) => ({ value, label: MARITAL_LABELS[value] }));

/** One adopter: the identity document, the marital status and the children they have now (born or adopted). */
export function AdopterCard({ index, couple }: { index: 0 | 1; couple: boolean }) {
  const path = ['adopters', index, 'party'];
  const vprefix = `adopters.${index}`;
  // The rules name the adopter's document fields under `.party` and the adopter's own facts directly.
  const title = couple ? `收养人${index === 0 ? '一' : '二'}` : '收养人';
  return (
    <Card title={title} extra={<ReadCardButton path={path} />} data-testid={`adopter-${index}`} {...readerPanelProps(path)} styles={{ body: { paddingBottom: 8 } }}>
      <PartyFields name={path} vprefix={`${vprefix}.party`} autoFocus={index === 0} />
      <Row gutter={16} style={{ borderTop: '1px dashed #e5e5e5', paddingTop: 12 }}>
        <Col span={12}>
          <CheckedItem vpath={`${vprefix}.maritalStatus`} label="婚姻状况" name={['adopters', index, 'maritalStatus']}>
            <Radio.Group options={MARITAL_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col span={12}>
          <CheckedItem
            vpath={`${vprefix}.children`}
            label="现有子女数"
            tooltip="亲生及已收养的子女，含本次一并收养的兄弟姐妹"
            name={['adopters', index, 'children']}
            rules={[{ required: true, message: '请输入现有子女数' }]}
          >
            <InputNumber min={0} max={20} precision={0} style={{ width: 120 }} suffix="名" />
          </CheckedItem>
        </Col>
      </Row>
    </Card>
  );
}
