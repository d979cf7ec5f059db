import { Form, InputNumber } from 'antd';
import type { ReactNode } from 'react';

/** 起号 and 止号 of a span of serials, side by side (with any field that belongs on the same line). */
export function SpanFields({ children }: { children?: ReactNode }) {
  return (
    <div style={{ display: 'flex', gap: 16 }}>
      <Form.Item label="起号" name="from" rules={[{ required: true, message: '请输入起号' }]}>
        <InputNumber min={0} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="止号" name="to" rules={[{ required: true, message: '请输入止号' }]}>
        <InputNumber min={0} precision={0} style={{ width: 160 }} />
      </Form.Item>
      {children}
    </div>
  );
}
