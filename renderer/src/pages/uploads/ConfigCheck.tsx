import { Alert, Typography } from 'antd';
import type { UploadStatusView } from '../../../../main/contract';

const { Text } = Typography;

/** What the system administrator sets on the hall's server for uploads to flow (read by the host at start). */
function Settings() {
  return (
    <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
      <li>
        <Text code>HALL_PROVINCE_URL</Text>：省级平台的地址（http 或 https）
      </li>
      <li>
        <Text code>HALL_PROVINCE_KEY</Text>：本机关的 SM2 私钥（64 位十六进制）；可运行 <Text code>hall province keygen</Text> 生成，并将其公钥报送省级平台
      </li>
      <li>
        <Text code>HALL_OFFICE_CODE</Text>：9 位登记机关代码（或在「登记机关设置」中填写）
      </li>
      <li>
        <Text code>HALL_UPLOAD_ALERT_MINUTES</Text>（可选）：待上传记录等待多少分钟后提醒主管，默认 60
      </li>
      <li>
        设置后运行 <Text code>hall province ping</Text> 检查连接、签名与时钟，再重新启动登记系统服务
      </li>
    </ul>
  );
}

/** The configuration check: whether the province is configured, and what to set or fix when it is not working. */
export function ConfigCheck({ status }: { status: UploadStatusView }) {
  if (!status.configured) {
    return (
      <Alert
        type="warning"
        showIcon
        title="未配置省级平台：登记记录暂存于待上传队列，配置完成后自动补传"
        description={<Settings />}
        data-testid="upload-config"
      />
    );
  }
  if (status.state === 'stopped') {
    return (
      <Alert
        type="error"
        showIcon
        title="已配置省级平台，但省级平台拒绝了本机关的签名：请核对以下配置"
        description={<Settings />}
        data-testid="upload-config"
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title="已配置省级平台，登记记录自动上传"
      description={
        <>
          如需检查连接、签名与时钟，可在服务器上运行 <Text code>hall province ping</Text>；积压提醒的时限由{' '}
          <Text code>HALL_UPLOAD_ALERT_MINUTES</Text> 设定（当前 {status.alertAfterMinutes} 分钟）。
        </>
      }
      data-testid="upload-config"
    />
  );
}
