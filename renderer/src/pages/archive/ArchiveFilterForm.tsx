import { Button, Col, Form, Input, Radio, Row, Select, Space, type FormInstance } from 'antd';
import { RealDateSchema } from '../../../../main/contract';
import { ARCHIVE_KINDS, ARCHIVE_SOURCE_LABELS, ARCHIVE_SOURCES } from '../../../../main/domain/archive-query';
import { CASE_KIND_LABELS } from '../../../../main/domain/case-labels';
import { schemaRule } from '../../forms/zodRules';
import { DateInput } from '../desk/party/DateInput';
import { ID_NUMBER_STYLE } from '../desk/party/PartyFields';
import type { ArchiveFilters } from './useArchiveSearch';

export const FILTER_FIELDS = ['name', 'idNumber', 'certificateNumber', 'office', 'from', 'to', 'kind', 'source'] as const;
export const EMPTY_FILTERS: ArchiveFilters = { source: 'all' };

const date = RealDateSchema.optional();

/** The filters of 档案查询: any of them, together; Enter in any field searches. */
export function ArchiveFilterForm({ form, loading, onSearch }: { form: FormInstance<ArchiveFilters>; loading: boolean; onSearch: (f: ArchiveFilters) => void }) {
  return (
    <Form<ArchiveFilters> form={form} layout="vertical" initialValues={EMPTY_FILTERS} onFinish={onSearch} aria-label="查询条件">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="name" label="姓名" tooltip="全角半角、少数民族姓名的间隔点均可">
            <Input autoFocus allowClear autoComplete="off" maxLength={60} placeholder="如 阿依古丽·买买提" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="idNumber" label="证件号码" tooltip="15 位与 18 位身份证号码互相可查">
            <Input allowClear autoComplete="off" maxLength={40} style={ID_NUMBER_STYLE} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="certificateNumber" label="证书编号" tooltip="新式编号或纸质年代的原编号（如 京朝结字第 1234 号）">
            <Input allowClear autoComplete="off" maxLength={60} style={ID_NUMBER_STYLE} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="office" label="登记机关" tooltip="9 位机关代码，或补录档案所载登记机关名称的开头">
            <Input allowClear autoComplete="off" maxLength={60} placeholder="代码或名称" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="from" label="登记日期自" rules={[schemaRule('from', date)]}>
            <DateInput aria-label="登记日期自" placeholder="如 19960101" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="to" label="至" rules={[schemaRule('to', date)]}>
            <DateInput aria-label="登记日期至" placeholder="如 20001231" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label="类别">
            <Select allowClear placeholder="全部类别" options={ARCHIVE_KINDS.map((k) => ({ value: k, label: CASE_KIND_LABELS[k] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Form.Item name="source" label="来源" style={{ marginBottom: 0 }}>
          <Radio.Group optionType="button" options={ARCHIVE_SOURCES.map((s) => ({ value: s, label: ARCHIVE_SOURCE_LABELS[s] }))} />
        </Form.Item>
        <Space>
          <Button onClick={() => form.resetFields()}>清空</Button>
          <Button type="primary" htmlType="submit" loading={loading}>
            查询
          </Button>
        </Space>
      </Space>
    </Form>
  );
}
