import { Button, Result } from 'antd';
import { ROLE_LABELS, type Role } from '../../../main/domain';
import { navigate } from '../shell/hashRoute';

const backHome = (
  <Button type="primary" onClick={() => navigate('home')}>
    返回工作台
  </Button>
);

export function ForbiddenPage({ role }: { role: Role }) {
  return <Result status="403" title="无权访问" subTitle={`当前角色（${ROLE_LABELS[role]}）无权查看此页面。`} extra={backHome} />;
}

export function NotFoundPage() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在，请从左侧菜单进入。" extra={backHome} />;
}
