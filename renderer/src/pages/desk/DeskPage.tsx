import { Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of a desk screen: a title with its shortcut, an optional line under it, the content. */
export function DeskPage({ title, subtitle, extra, children, maxWidth = 1240 }: { title: string; subtitle?: ReactNode; extra?: ReactNode; children: ReactNode; maxWidth?: number }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth }}>
      <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 16 }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {extra}
      </div>
      {children}
    </Space>
  );
}

/** A card whose last row holds the form's buttons, with the keyboard hint on the left. */
export function ActionBar({ hint, children }: { hint: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" styles={{ body: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 } }}>
      <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
        {hint}
      </Typography.Text>
      <Space>{children}</Space>
    </Card>
  );
}
