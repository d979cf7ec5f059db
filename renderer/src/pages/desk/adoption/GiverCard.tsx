import { Card, Checkbox, Col, Form, Input, Radio, Row, Space } from 'antd';
import { CheckedItem } from '../violations';
import { GIVER_LABELS, GIVER_NAME_LABELS, type GiverChoice } from './adoptionLabels';

const GIVER_OPTIONS = (Object.keys(GIVER_LABELS) as GiverChoice[]).map((value) => ({ value, label: GIVER_LABELS[value] }));

/** 送养人: who gives the child up, their name as on the papers, and both birth parents' consent when both can be found. */
export function GiverCard() {
  const giver = Form.useWatch('giver') as GiverChoice | undefined;
  return (
    <Card title="送养人" data-testid="giver" styles={{ body: { paddingBottom: 8 } }}>
      <Row gutter={16}>
        <Col span={24}>
          <CheckedItem vpath="giver" label="送养人" name="giver" rules={[{ required: true, message: '请选择送养人' }]}>
            <Radio.Group options={GIVER_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col span={24}>
          <Form.Item label={giver ? GIVER_NAME_LABELS[giver] : '送养人姓名或名称'} name="giverName">
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        {giver === 'both_parents' && (
          <Col span={24}>
            <CheckedItem vpath="giver.consented" label="生父母同意送养" required>
              <Space size="large">
                <Form.Item noStyle name={['parentConsent', 0]} valuePropName="checked">
                  <Checkbox>生父已同意</Checkbox>
                </Form.Item>
                <Form.Item noStyle name={['parentConsent', 1]} valuePropName="checked">
                  <Checkbox>生母已同意</Checkbox>
                </Form.Item>
              </Space>
            </CheckedItem>
          </Col>
        )}
      </Row>
    </Card>
  );
}
