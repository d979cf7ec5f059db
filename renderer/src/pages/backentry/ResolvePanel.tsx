import { Alert, App, Button, Col, Input, Row, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { EntryDifferencesView } from '../../../../main/contract/double-entry';
import type { HandEntryValues } from '../../../../main/domain/backentry/compare';
import { ApiError, call, errorMessage } from '../../api/client';
import { ViolationLines } from '../desk/violations';
import { officeToday } from '../desk/format';
import { scanFromBase64, type PickedScan } from './files';
import { liveViolations, typedValues } from './handEntryLayout';
import { ScanViewer } from './ScanViewer';

type FieldRow = EntryDifferencesView['fields'][number];

/**
 * The third person's view of a disputed page: both clerks' values side by side, field by field,
 * beside the scan; each difference is settled by taking one of them or typing the right one.
 */
export function ResolvePanel({ pageId, onClose }: { pageId: number; onClose: (settled: boolean) => void }) {
  const { message } = App.useApp();
  const [view, setView] = useState<EntryDifferencesView | null>(null);
  const [scan, setScan] = useState<PickedScan | null>(null);
  const [settled, setSettled] = useState<Record<string, string>>({});
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([call('getEntryPageDifferences', { params: { id: pageId } }), call('getEntryPageScan', { params: { id: pageId } })]).then(
      ([differences, image]) => {
        if (!live) return;
        setView(differences);
        setScan(scanFromBase64(image.fileName, image.mimeType, image.contentBase64));
        // Where the two agree, their value stands until the manager changes it.
        setSettled(Object.fromEntries(differences.fields.filter((f) => f.agree).map((f) => [f.field, f.first ?? ''])));
      },
      (failure: unknown) => live && setRefusal(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [pageId]);

  const values = typedValues(settled) as HandEntryValues;
  const violations = liveViolations(values, officeToday());
  const open = view?.fields.filter((f) => !f.agree && !decided.has(f.field)) ?? [];
  const settle = (field: string, text: string) => {
    setSettled((s) => ({ ...s, [field]: text }));
    setDecided((d) => new Set(d).add(field));
  };

  const submit = async () => {
    setBusy(true);
    try {
      const result = await call('resolveEntryPage', { params: { id: pageId }, body: { values } });
      void message[result.outcome === 'entered' ? 'success' : 'warning'](result.message);
      onClose(true);
    } catch (failure) {
      setRefusal(failure instanceof ApiError && failure.violations.length ? failure.violations.map((v) => v.message).join('；') : errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  if (!view) return refusal ? <Alert type="error" showIcon title={refusal} action={<Button onClick={() => onClose(false)}>返回</Button>} /> : <Spin />;
  const valueCell = (text: string | null, row: FieldRow, which: 'first' | 'second') =>
    row.agree ? (text ?? '—') : (
      <Space size={4}>
        <Typography.Text mark={text !== null}>{text ?? '（空）'}</Typography.Text>
        <Button size="small" type="link" onClick={() => settle(row.field, text ?? '')}>{which === 'first' ? '用第一次' : '用第二次'}</Button>
      </Space>
    );

  return (
    <Row gutter={20} data-testid="resolve-panel">
      <Col span={9}><ScanViewer scan={scan} /></Col>
      <Col span={15}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>档案页 {view.page.pageRef}：{view.page.firstName} 与 {view.page.secondName} 的录入逐项对照</Typography.Title>
          {view.problem && <Alert type="warning" showIcon title={`两次录入一致，但未能入库：${view.problem.message}`} />}
          {refusal && <Alert type="error" showIcon title={refusal} />}
          <Table<FieldRow> size="small" rowKey="field" pagination={false} dataSource={view.fields} data-testid="differences"
            onRow={(row) => ({ style: row.agree ? undefined : { background: '#fff7e6' } })}
            columns={[
              { title: '项目', dataIndex: 'label', width: 110 },
              { title: `第一次（${view.page.firstName}）`, dataIndex: 'first', render: (t: string | null, row) => valueCell(t, row, 'first') },
              { title: `第二次（${view.page.secondName}）`, dataIndex: 'second', render: (t: string | null, row) => valueCell(t, row, 'second') },
              {
                title: '核定',
                key: 'settled',
                width: 240,
                render: (_: unknown, row) => {
                  const mine = violations.filter((v) => v.field === row.field);
                  return (
                    <>
                      <Input size="small" aria-label={`核定${row.label}`} value={settled[row.field] ?? ''} status={mine.some((v) => v.severity === 'error') ? 'error' : mine.length ? 'warning' : undefined}
                        placeholder={row.agree ? '' : '选用或输入'} onChange={(e) => settle(row.field, e.target.value)} />
                      {mine.length > 0 && <Typography.Text type={mine.some((v) => v.severity === 'error') ? 'danger' : 'warning'} style={{ fontSize: 12 }}><ViolationLines violations={mine} /></Typography.Text>}
                    </>
                  );
                },
              },
            ]} />
          <Space>
            <Button onClick={() => onClose(false)}>返回</Button>
            <Button type="primary" loading={busy} disabled={open.length > 0 || violations.some((v) => v.severity === 'error')} onClick={() => void submit()} data-testid="resolve-submit">
              {open.length > 0 ? `还有 ${open.length} 项未核定` : '核定并入库'}
            </Button>
          </Space>
        </Space>
      </Col>
    </Row>
  );
}
