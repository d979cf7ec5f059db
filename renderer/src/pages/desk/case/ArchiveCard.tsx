import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { ArchiveUpload, CaseView } from '../../../../../main/contract';
import { call, errorMessage } from '../../../api/client';
import { chineseDateTime } from '../format';

type ArchiveKind = z.infer<typeof ArchiveUpload>['kind'];

/** Items the app files itself, never uploaded by hand: the printed certificates, the back-entered pages' scans. */
const FILED_BY_THE_APP: Readonly<Record<string, string>> = { certificate: '打印的证书', scan: '档案扫描件' };

const KIND_LABELS: Readonly<Record<ArchiveKind, string>> = {
  photo: '照片',
  id_copy: '证件复印件',
  declaration: '声明书',
  agreement: '协议书',
  form: '表格',
  decision: '决定书',
  assessment: '收养评估报告',
  notice: '公告',
  other: '其他材料',
};

/** The kind an adoption case most often files next; other cases start with a scan of a form. */
const firstKind = (view: CaseView): ArchiveKind => (view.kind === 'adoption' ? 'assessment' : 'form');

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

/** 归档材料: what the case keeps (never deleted; each file's SHA-256 is in the audit log), and filing one more. */
export function ArchiveCard({ view }: { view: CaseView }) {
  const { message } = App.useApp();
  const [kind, setKind] = useState<ArchiveKind>(firstKind(view));
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const item = await call('addArchiveItem', { params: { id: view.id }, body: { kind, fileName: file.name, contentBase64: await base64Of(file) } });
      void message.success(`已归档：${KIND_LABELS[kind]} ${item.fileName}`);
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="归档材料" size="small" data-testid="archive-card"
      extra={
        <Space>
          <Select aria-label="材料类别" size="small" style={{ width: 150 }} value={kind} onChange={setKind}
            options={(Object.keys(KIND_LABELS) as ArchiveKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
          <Upload showUploadList={false} maxCount={1} beforeUpload={(file) => {
              // The file goes through the API as the other case steps do, not by antd's own request.
              void upload(file);
              return false;
            }}>
            <Button size="small" icon={<UploadOutlined />} loading={busy}>上传归档</Button>
          </Upload>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.archive}
        locale={{ emptyText: '尚无归档材料' }}
        columns={[
          { title: '类别', dataIndex: 'kind', render: (k: string) => KIND_LABELS[k as ArchiveKind] ?? FILED_BY_THE_APP[k] ?? k },
          { title: '文件', dataIndex: 'fileName' },
          { title: '大小', dataIndex: 'size', render: (n: number) => `${(n / 1024).toFixed(1)} KB` },
          { title: 'SHA-256', dataIndex: 'sha256', render: (h: string) => <Typography.Text code title={h}>{h.slice(0, 12)}…</Typography.Text> },
          { title: '归档时间', dataIndex: 'createdAt', render: (at: string) => chineseDateTime(at) },
        ]}
      />
    </Card>
  );
}
