import { App, Button, Col, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BackupStatusView } from '../../../../main/contract';
import { call, errorMessage } from '../../api/client';
import { chineseDateTime } from '../desk/format';
import { TRIGGER_LABELS, progressText, sizeText } from './backupLabels';

/** The last good backup (when, how big, whether it checked out), the next one, and 立即备份 with its progress. */
export function LastBackup({ status, onChanged }: { status: BackupStatusView; onChanged: (status: BackupStatusView) => void }) {
  const { message } = App.useApp();
  const [starting, setStarting] = useState(false);
  const { lastGood, running, nextDueAt, settings } = status;

  const start = async () => {
    setStarting(true);
    try {
      onChanged(await call('startBackup'));
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setStarting(false);
    }
  };

  const progress = running && progressText(running);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[24, 16]} data-testid="last-backup">
        <Col xs={24} md={8}>
          <Statistic title="最近一次成功的备份" value={lastGood ? chineseDateTime(lastGood.finishedAt) : '尚无'} />
          {lastGood && (
            <Typography.Text type="secondary">
              {TRIGGER_LABELS[lastGood.trigger]}备份 · {lastGood.fileName}
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} md={4}>
          <Statistic title="大小" value={sizeText(lastGood?.size ?? null)} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic
            title="完整性检查"
            valueRender={() =>
              lastGood ? <Tag color={lastGood.integrity === 'ok' ? 'green' : 'red'}>{lastGood.integrity === 'ok' ? '通过' : lastGood.integrity}</Tag> : '—'
            }
          />
        </Col>
        <Col xs={24} md={8}>
          <Statistic title="下一次定时备份" value={nextDueAt ? chineseDateTime(nextDueAt) : settings.enabled ? '未设置备份目录' : '定时备份已停用'} />
        </Col>
      </Row>
      <Space size="middle" wrap align="center">
        <Button type="primary" onClick={() => void start()} loading={starting} disabled={running !== null || settings.folder === ''}>
          立即备份
        </Button>
        {settings.folder === '' && <Typography.Text type="secondary">请先在下方设置备份目录</Typography.Text>}
      </Space>
      {progress && (
        <div data-testid="backup-progress">
          <Typography.Text>
            {TRIGGER_LABELS[running.trigger]}备份进行中：{progress.text}
          </Typography.Text>
          <Progress percent={progress.percent ?? 100} status="active" showInfo={progress.percent !== null} />
        </div>
      )}
    </Space>
  );
}
