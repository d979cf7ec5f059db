import { Button, Popconfirm } from 'antd';
import type { CaseView } from '../../../../../main/contract';
import type { ActionProps } from './actionTypes';
import { factsOf } from './caseFacts';

/** 补发: a new BJ/BL number that records which certificate it replaces. */
export function ReissueActions({ view, runner }: ActionProps) {
  if (view.status !== 'accepted' || view.violations.length > 0) return null;
  const kind = factsOf(view).certificateKind === 'divorce' ? '离婚证' : '结婚证';
  return (
    <Popconfirm
      title={`确认补发${kind}？`}
      description={`生成新的证书编号，替换原证书 ${factsOf(view).originalCertificateNumber ?? ''}。`}
      okText="补发"
      cancelText="取消"
      onConfirm={() => runner.run('补发', { action: 'register' }, (v: CaseView) => `已补发${kind}，证书编号 ${v.certificateNumber ?? ''}`)}
    >
      <Button type="primary">
        补发{kind}
      </Button>
    </Popconfirm>
  );
}
