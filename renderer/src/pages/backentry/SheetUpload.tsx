import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Progress, Radio, Space, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { chineseDateTime } from '../desk/format';
import { uploadSheet, type UploadedSheet } from './uploadSheet';

export type SheetEncoding = 'auto' | 'utf-8' | 'gbk';

const ENCODING_LABELS: Readonly<Record<'utf-8' | 'gb18030', string>> = { 'utf-8': 'UTF-8', gb18030: 'GBK（GB18030）' };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What the host already did with these very bytes: imported (again adds nothing), or part-way (goes on). */
function ExistingJob({ job }: { job: NonNullable<UploadedSheet['existingJob']> }) {
  if (job.state === 'done') {
    return (
      <Alert type="warning" showIcon data-testid="already-imported"
        title={`此文件已于 ${chineseDateTime(job.finishedAt ?? job.createdAt)} 导入完毕（新增 ${job.inserted} 条，跳过 ${job.skipped} 条），再次导入不会新增任何记录`} />
    );
  }
  return <Alert type="info" showIcon title={`此文件有未完成的导入任务（${job.stateLabel}，已处理 ${job.rowsDone} / ${job.rowsTotal} 行），开始导入将从上次提交的行之后继续`} />;
}

/** Step 1: the register sheet sent to the host with its progress, what the host read of it, and the CSV's encoding. */
export function SheetUpload({ sheet, encoding, onUploaded, onEncoding }: {
  sheet: UploadedSheet | null;
  encoding: SheetEncoding;
  onUploaded: (sheet: UploadedSheet) => void;
  onEncoding: (encoding: SheetEncoding) => void;
}) {
  const { message } = App.useApp();
  const [sent, setSent] = useState<number | null>(null);

  const send = async (file: File) => {
    setSent(0);
    try {
      onUploaded(await uploadSheet(file, setSent));
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setSent(null);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Upload accept=".xlsx,.csv" showUploadList={false} maxCount={1} beforeUpload={(file) => {
            void send(file);
            return false;
          }}>
          <Button type={sheet ? 'default' : 'primary'} icon={<UploadOutlined />} loading={sent !== null} data-testid="choose-sheet">
            {sheet ? '换一个文件' : '选择登记簿文件（.xlsx / .csv）'}
          </Button>
        </Upload>
        {sent !== null && <Progress percent={Math.floor(sent * 100)} size="small" style={{ width: 240 }} data-testid="upload-progress" />}
      </Space>
      {sheet && (
        <Descriptions size="small" column={4} bordered
          items={[
            { key: 'name', label: '文件', children: <span data-testid="sheet-name">{sheet.fileName}</span> },
            { key: 'size', label: '大小', children: sizeText(sheet.size) },
            { key: 'kind', label: '类型', children: sheet.sheetKind === 'csv' ? 'CSV' : 'Excel 工作簿' },
            { key: 'columns', label: '列数', children: sheet.headers.length },
          ]} />
      )}
      {sheet?.sheetKind === 'csv' && (
        <Space>
          <span>文字编码：</span>
          <Radio.Group value={encoding} onChange={(e) => onEncoding(e.target.value as SheetEncoding)} aria-label="文字编码"
            options={[
              { value: 'auto', label: `自动${sheet.encoding ? `（检测为 ${ENCODING_LABELS[sheet.encoding]}）` : ''}` },
              { value: 'utf-8', label: 'UTF-8' },
              { value: 'gbk', label: 'GBK' },
            ]} />
        </Space>
      )}
      {sheet?.existingJob && <ExistingJob job={sheet.existingJob} />}
    </Space>
  );
}
