import { Card, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { ADOPTION_DECISION_DAYS, ADOPTION_NOTICE_DAYS } from '../../../../../main/domain/adoption';
import { DateInput } from '../party/DateInput';
import { AdoptionItem } from './AdoptionItem';
import { CONCLUSION_LABELS } from './adoptionLabels';

const CONCLUSION_OPTIONS = (['suitable', 'unsuitable'] as const).map((value) => ({ value, label: CONCLUSION_LABELS[value] }));

/** Either both or neither: a reference without its date (or the reverse) is a paper half copied. */
const together = (other: string, message: string) => ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, value: unknown) => (!value && getFieldValue(other) ? Promise.reject(new Error(message)) : Promise.resolve()),
});

/**
 * 收养评估 and 公告: the report's reference, conclusion and date (not needed for a stepchild), and,
 * for a child whose parents cannot be found, the day the notice was published.
 */
export function PapersCard({ noticeNeeded, stepchild }: { noticeNeeded: boolean; stepchild: boolean }) {
  return (
    <Card title="收养评估与公告" data-testid="papers" styles={{ body: { paddingBottom: 8 } }}>
      <Row gutter={16}>
        <Col span={12}>
          <AdoptionItem
            vpath={['assessment', 'assessment.reference']}
            label="收养评估报告编号"
            name="assessmentReference"
            dependencies={['assessmentDate']}
            rules={[together('assessmentDate', '请输入评估报告编号')]}
            extra={stepchild ? '收养继子女的，无需收养评估' : undefined}
          >
            <Input autoComplete="off" maxLength={80} placeholder="如 京东评〔2026〕12号" />
          </AdoptionItem>
        </Col>
        <Col span={12}>
          <AdoptionItem vpath={['assessment.date']} label="评估日期" name="assessmentDate" dependencies={['assessmentReference']} rules={[together('assessmentReference', '请输入评估日期')]}>
            <DateInput aria-label="评估日期" />
          </AdoptionItem>
        </Col>
        <Col span={24}>
          <AdoptionItem vpath={['assessment.conclusion']} label="评估结论" name="assessmentConclusion">
            <Radio.Group options={CONCLUSION_OPTIONS} />
          </AdoptionItem>
        </Col>
        {noticeNeeded && (
          <>
            <Col span={12}>
              <AdoptionItem vpath={['notice', 'notice.startsOn']} label="寻亲公告发布日期" name="noticeStartsOn">
                <DateInput aria-label="公告发布日期" />
              </AdoptionItem>
            </Col>
            <Col span={12}>
              <Form.Item label="公告刊登载体及文号" name="noticeReference">
                <Input autoComplete="off" maxLength={80} placeholder="如《北京日报》2026年3月1日第8版" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
                查找不到生父母的，须发布寻亲公告；自公告之日起满 {ADOPTION_NOTICE_DAYS} 日生父母或其他监护人未认领的，方可办理登记。公告期间不计入 {ADOPTION_DECISION_DAYS} 日的审查期限。
              </Typography.Paragraph>
            </Col>
          </>
        )}
      </Row>
    </Card>
  );
}
