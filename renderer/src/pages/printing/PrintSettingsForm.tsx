import { App, Button, Card, Empty, Form, Input, InputNumber, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PrinterView } from '../../../../main/contract/printing-devices';
import { call, errorMessage } from '../../api/client';
import { showViolations } from '../../forms/zodRules';
import { PrinterInput } from './PrinterInput';
import { windowLabel, type HallWindow } from './useHallWindows';
import type { PrintSettingsState } from './usePrintSettings';

interface SettingsFields {
  fontFile: string;
  fontIndex: number;
  windowPrinters: Record<string, string | undefined>;
  qrEnabled: boolean;
}

const FIELDS = ['fontFile', 'fontIndex', 'windowPrinters', 'qrEnabled'] as const;

function fieldsOf(view: PrintSettingsState): SettingsFields {
  const { fontFile, fontIndex, windowPrinters, qrEnabled } = view.settings;
  return { fontFile: fontFile ?? '', fontIndex, windowPrinters: { ...windowPrinters }, qrEnabled };
}

interface PrintSettingsFormProps {
  readonly view: PrintSettingsState;
  readonly windows: readonly HallWindow[] | null;
  readonly printers: readonly PrinterView[];
  /** Manager and admin; a registrar sees the settings without changing them. */
  readonly editable: boolean;
  readonly onSaved: () => void;
}

/** The office's font, each window's certificate printer, and the QR code: changed by the manager or the admin. */
export function PrintSettingsForm({ view, windows, printers, editable, onSaved }: PrintSettingsFormProps) {
  const [form] = Form.useForm<SettingsFields>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!form.isFieldsTouched()) form.setFieldsValue(fieldsOf(view));
  }, [view, form]);

  const save = async (fields: SettingsFields) => {
    setSaving(true);
    try {
      const windowPrinters = Object.fromEntries(
        Object.entries(fields.windowPrinters ?? {}).flatMap(([id, name]) => (name?.trim() ? [[id, name.trim()]] : [])),
      );
      const fontFile = fields.fontFile?.trim() || null;
      // Calibrations are kept as they are: they are set from the calibration page below.
      const saved = await call('putPrintSettings', { body: { ...view.settings, fontFile, fontIndex: fields.fontIndex ?? 0, windowPrinters, qrEnabled: fields.qrEnabled } });
      form.resetFields();
      form.setFieldsValue(fieldsOf(saved));
      onSaved();
      void message.success('打印设置已保存');
    } catch (failure) {
      if (!showViolations(form, FIELDS, failure)) void message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="打印设置" size="small" data-testid="print-settings">
      <Form form={form} layout="horizontal" labelCol={{ flex: '160px' }} disabled={!editable} initialValues={fieldsOf(view)} onFinish={(f) => void save(f)}>
        <Typography.Title level={5}>各窗口的证书打印机</Typography.Title>
        {windows === null ? null : windows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="大厅尚未设置窗口" />
        ) : (
          windows.map((w) => (
            <Form.Item key={w.id} label={windowLabel(w)} name={['windowPrinters', String(w.id)]} extra={!w.active ? '该窗口已停用' : undefined}>
              <PrinterInput printers={printers} />
            </Form.Item>
          ))
        )}
        <Typography.Title level={5}>字体与二维码</Typography.Title>
        <Form.Item label="打印字体文件" name="fontFile" extra="TrueType 字体（.ttf 或 .ttc）的完整路径；留空则使用系统自带的宋体或明体">
          <Input allowClear placeholder="如：C:\Windows\Fonts\simsun.ttc" style={{ maxWidth: 420 }} />
        </Form.Item>
        <Form.Item label="字体序号" name="fontIndex" extra=".ttc 字体集中的第几个字体，从 0 开始">
          <InputNumber min={0} max={64} precision={0} />
        </Form.Item>
        <Form.Item label="证书核验二维码" name="qrEnabled" valuePropName="checked" extra="在证书上印机关签名的二维码，扫码可核验证书真伪">
          <Switch checkedChildren="打印" unCheckedChildren="不打印" />
        </Form.Item>
        {editable ? (
          <Form.Item label=" " colon={false} style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存打印设置
            </Button>
          </Form.Item>
        ) : (
          <Typography.Text type="secondary">打印设置由大厅主管或系统管理员修改。</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
