import { Alert, Col, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { UploadStatusView } from '../../../../main/contract';
import { chineseDateTime } from '../desk/format';
import { STATE_COLORS, stateText, waitText } from './uploadLabels';

/** The day's figures, the worker's state, the backlog draining and the last error. */
export function UploadFigures({ status }: { status: UploadStatusView }) {
  const { deliveredToday, pending, rejected, oldestPendingMinutes, alertAfterMinutes, oldestPendingAt, lastError } = status;
  const overdue = oldestPendingMinutes !== null && oldestPendingMinutes > alertAfterMinutes;
  const total = deliveredToday + pending;
  const stopped = status.state === 'stopped';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[24, 16]} data-testid="upload-figures">
        <Col xs={12} md={6}>
          <Statistic title="今日已上传" value={deliveredToday} suffix="条" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="待上传" value={pending} suffix="条" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="最早待上传记录的等待时间"
            value={waitText(oldestPendingMinutes)}
            styles={{ content: overdue ? { color: '#cf1322' } : undefined }}
          />
          {oldestPendingAt && (
            <Typography.Text type="secondary">
              自 {chineseDateTime(oldestPendingAt)} 起；超过 {waitText(alertAfterMinutes)}即提醒
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="被退回" value={rejected} suffix="条" styles={{ content: rejected > 0 ? { color: '#cf1322' } : undefined }} />
        </Col>
      </Row>
      <Space size="middle" wrap data-testid="upload-state">
        <span>上传状态：</span>
        <Tag color={STATE_COLORS[status.state]} style={{ fontSize: '1em', padding: '2px 10px' }}>
          {stateText(status)}
        </Tag>
      </Space>
      {/* Without a province nothing drains: the configuration check below says what to set. */}
      {pending > 0 && status.configured && (
        <div data-testid="upload-progress">
          <Typography.Text>
            {stopped ? '上传已停止' : '正在上传待传记录'}：今日已上传 {deliveredToday} 条，还剩 {pending} 条
          </Typography.Text>
          <Progress percent={Math.floor((deliveredToday / total) * 100)} status={stopped ? 'exception' : 'active'} />
        </div>
      )}
      {lastError && (
        <Alert
          type={stopped ? 'error' : 'info'}
          showIcon
          title={`最近的错误（${chineseDateTime(lastError.at)}）：${lastError.code}`}
          description={lastError.message}
          data-testid="upload-last-error"
        />
      )}
    </Space>
  );
}
