import { Alert, App, Button, Col, Divider, Form, Row, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Violation } from '../../../../main/contract';
import { ApiError, call, errorMessage } from '../../api/client';
import { ActionBar } from '../desk/DeskPage';
import { officeToday } from '../desk/format';
import { enterAdvances } from '../desk/keyboard';
import { EntryInput } from './EntryInput';
import { scanUpload, type PickedScan } from './files';
import { liveViolations, PAGE_SECTIONS, typedValues, type ShownViolation } from './handEntryLayout';
import { ScanViewer } from './ScanViewer';

/** A page chosen from the list of pages waiting for their second entry: its reference and its scan, never its values. */
export interface PagePreset {
  readonly pageRef: string;
  readonly scan: PickedScan;
}

type FormValues = Record<string, string | undefined>;

const OUTCOME_NOTICE = { entered: 'success', awaiting_second: 'info', disputed: 'warning', duplicate: 'warning' } as const;

/**
 * 手工补录: one paper page typed by keyboard beside its scan. Enter moves on, Ctrl+Enter submits,
 * Esc clears; the import's own checks run as the clerk types and show at each field.
 */
export function HandEntryForm({ doubleEntry, preset, onSubmitted }: { doubleEntry: boolean; preset: PagePreset | null; onSubmitted: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [values, setValues] = useState<FormValues>({});
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [refused, setRefused] = useState<readonly Violation[]>([]);
  const [scan, setScan] = useState<PickedScan | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const focusFirst = () => root.current?.querySelector<HTMLInputElement>('input')?.focus();
  useEffect(() => {
    if (!preset) return;
    form.setFieldValue('pageRef', preset.pageRef);
    setScan(preset.scan);
    focusFirst();
  }, [preset, form]);

  const live = useMemo(() => liveViolations(typedValues(values), officeToday()), [values]);
  // A field speaks once the clerk has been through it (or tried to submit); the host's refusal at once.
  const shownAt = (field: string): ShownViolation[] => [
    ...(attempted || visited.has(field) ? live.filter((v) => v.field === field) : []),
    ...refused.filter((v) => v.field === field).map((v) => ({ ...v, severity: 'error' as const })),
  ];
  const visit = (field: string) => setVisited((seen) => (seen.has(field) ? seen : new Set(seen).add(field)));

  const clear = () => {
    form.resetFields();
    setValues({});
    setVisited(new Set());
    setAttempted(false);
    setRefused([]);
    focusFirst();
  };

  const submit = async () => {
    setAttempted(true);
    const all = form.getFieldsValue(true) as FormValues;
    if (liveViolations(typedValues(all), officeToday()).some((v) => v.severity === 'error')) {
      void message.error('还有标红的项目，请按提示改正后再提交');
      return;
    }
    setBusy(true);
    try {
      const pageRef = all.pageRef?.trim() || null;
      const result = await call('enterByHand', { body: { values: typedValues(all), pageRef, scan: scan ? scanUpload(scan) : null } });
      void message[OUTCOME_NOTICE[result.outcome]](result.message);
      clear();
      setScan(null);
      onSubmitted();
    } catch (failure) {
      if (failure instanceof ApiError && failure.violations.length) setRefused(failure.violations);
      void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const keys = enterAdvances(() => void submit());
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      clear();
      return;
    }
    keys(event);
  };
  const claimed = new Set(['pageRef', 'scan', ...PAGE_SECTIONS.flatMap((s) => s.fields.map((f) => f.field))]);
  const unclaimed = refused.filter((v) => !claimed.has(v.field));
  const scanProblem = refused.find((v) => v.field === 'scan')?.message ?? null;

  return (
    <Row gutter={20}>
      <Col span={10}>
        <ScanViewer scan={scan} onPick={(picked) => { setScan(picked); setRefused((r) => r.filter((v) => v.field !== 'scan')); }} problem={scanProblem} />
      </Col>
      <Col span={14}>
        <div ref={root}>
          <Form form={form} name="handEntry" layout="vertical" onKeyDown={onKeyDown} data-testid="hand-entry-form"
            onValuesChange={(changed: FormValues, all: FormValues) => {
              setValues(all);
              setRefused((r) => r.filter((v) => !(v.field in changed)));
            }}>
            <Row gutter={12}>
              <Col span={10}>
                <EntryInput name="pageRef" label={doubleEntry ? '档案页号（必填）' : '档案页号'} placeholder="档案盒号/页号，如 1996-03/12" shown={shownAt('pageRef')} autoFocus />
              </Col>
            </Row>
            {PAGE_SECTIONS.map((section) => (
              <div key={section.title}>
                <Divider titlePlacement="start" style={{ margin: '4px 0 8px' }}>{section.title}</Divider>
                <Row gutter={12}>
                  {section.fields.map((f) => (
                    <Col span={f.span} key={f.field}>
                      <EntryInput name={f.field} label={f.label} placeholder={f.placeholder} shown={shownAt(f.field)} onBlur={() => visit(f.field)} />
                    </Col>
                  ))}
                </Row>
              </div>
            ))}
            {unclaimed.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={unclaimed.map((v) => v.message).join('；')} />}
            <ActionBar hint="Enter 下一项 · Ctrl+Enter 提交 · Esc 清空">
              <Button onClick={clear}>清空</Button>
              <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="submit-entry">提交</Button>
            </ActionBar>
          </Form>
          {doubleEntry && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              双人录入已开启：须填写档案页号并附扫描件。第一次录入后暂不入库，待另一位登记员对照同一页再录入一次；两次逐项一致才入库，不一致的交主管核对。
            </Typography.Paragraph>
          )}
        </div>
      </Col>
    </Row>
  );
}
