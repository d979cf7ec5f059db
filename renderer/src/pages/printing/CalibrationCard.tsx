import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Calibration } from '../../../../main/contract/printing';
import type { PrinterView } from '../../../../main/contract/printing-devices';
import { CALIBRATION_MARKS } from '../../../../main/domain/printing/calibration';
import { call, errorMessage } from '../../api/client';
import { printers as printerClient } from '../../api/printer';
import { showViolations } from '../../forms/zodRules';
import { deskFormKeys } from '../desk/keyboard';
import { CalibrationTable } from './CalibrationTable';
import { PrinterInput } from './PrinterInput';
import type { PrintSettingsState } from './usePrintSettings';

interface Measured {
  printer: string;
  topLeft: { x: number; y: number };
  bottomRight: { x: number; y: number };
}

const FIELDS = ['printer', 'topLeft.x', 'topLeft.y', 'bottomRight.x', 'bottomRight.y'] as const;

const signed = (n: number) => (n < 0 ? `− ${(-n).toFixed(2)}` : `+ ${n.toFixed(2)}`);

/** A measured position in mm, typed off a ruler to a tenth. */
function MmInput({ name, label, min, max }: { name: [string, string]; label: string; min: number; max: number }) {
  return (
    <Form.Item label={label} name={name} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={min} max={max} step={0.1} precision={1} suffix="mm" style={{ width: 150 }} />
    </Form.Item>
  );
}

/**
 * 打印机校准: print the calibration page on plain A4, measure where its two crosses came out from the sheet's
 * top and left edges, and save: the host works out the printer's offset and scale and applies them from then on.
 */
export function CalibrationCard({ view, printers, onSaved }: { view: PrintSettingsState; printers: readonly PrinterView[]; onSaved: () => void }) {
  const [form] = Form.useForm<Measured>();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ printer: string; calibration: Calibration } | null>(null);
  const { topLeft, bottomRight } = CALIBRATION_MARKS;
  const defaultPrinter = printers.find((p) => p.isDefault)?.name;

  // This PC's printers arrive after the form: start from its default one unless a printer was already chosen.
  useEffect(() => {
    if (defaultPrinter && !form.getFieldValue('printer')) form.setFieldValue('printer', defaultPrinter);
  }, [defaultPrinter, form]);

  const printPage = async () => {
    const printer = (form.getFieldValue('printer') as string | undefined)?.trim() || undefined;
    setSending(true);
    setFailure(null);
    try {
      const page = await call('calibrationPage', { query: { printer } });
      const done = await printerClient.print({ printer: printer ?? null, pdfBase64: page.pdfBase64, title: page.title });
      void message.success(`校准页已送到打印机 ${done.printer}，请用 A4 白纸打印后测量`);
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setSending(false);
    }
  };

  const save = async (measured: Measured) => {
    setSaving(true);
    try {
      const printer = measured.printer.trim();
      const next = await call('calibrate', { body: { ...measured, printer } });
      const calibration = next.settings.calibrations[printer];
      setSaved(calibration ? { printer, calibration } : null);
      onSaved();
      void message.success(`已保存 ${printer} 的校准`);
    } catch (err) {
      if (!showViolations(form, FIELDS, err)) void message.error(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="打印机校准" size="small" data-testid="calibration">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          1. 选择打印机，打印校准页（A4 白纸）。2. 用直尺量出两个十字中心到纸张上边和左边的距离。3. 填入并保存：系统据此计算该打印机的偏移和缩放，此后套打证书自动修正。
          十字本应位于 A（{topLeft.x}, {topLeft.y}）和 B（{bottomRight.x}, {bottomRight.y}）毫米处。
        </Typography.Paragraph>
        <Form<Measured>
          form={form}
          layout="vertical"
          initialValues={{ topLeft, bottomRight }}
          onFinish={(m) => void save(m)}
          {...deskFormKeys(() => form.submit())}
        >
          <Form.Item label="打印机" name="printer" rules={[{ required: true, whitespace: true, message: '请选择或填写打印机' }]}>
            <PrinterInput printers={printers} placeholder="选择或填写打印机名称" />
          </Form.Item>
          <Space style={{ marginBottom: 16 }}>
            <Button onClick={() => void printPage()} loading={sending}>
              打印校准页
            </Button>
          </Space>
          {failure && <Alert type="error" showIcon title={`校准页未打出：${failure}`} style={{ marginBottom: 16 }} data-testid="calibration-failed" />}
          <Row gutter={16}>
            <Col>
              <MmInput name={['topLeft', 'x']} label="十字 A 距左边" min={0} max={60} />
            </Col>
            <Col>
              <MmInput name={['topLeft', 'y']} label="十字 A 距上边" min={0} max={60} />
            </Col>
            <Col>
              <MmInput name={['bottomRight', 'x']} label="十字 B 距左边" min={150} max={230} />
            </Col>
            <Col>
              <MmInput name={['bottomRight', 'y']} label="十字 B 距上边" min={230} max={320} />
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存校准
          </Button>
        </Form>
        {saved && (
          <Alert
            type="success"
            showIcon
            data-testid="calibration-result"
            title={`${saved.printer} 已校准`}
            description={`此后打印的每个字段：横向 × ${saved.calibration.scaleX.toFixed(4)} ${signed(saved.calibration.offsetX)} mm，纵向 × ${saved.calibration.scaleY.toFixed(4)} ${signed(saved.calibration.offsetY)} mm`}
          />
        )}
        <CalibrationTable calibrations={view.settings.calibrations} highlight={saved?.printer} />
      </Space>
    </Card>
  );
}
