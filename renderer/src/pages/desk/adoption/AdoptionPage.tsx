import { Tabs } from 'antd';
import { navigate, useHashArgs } from '../../../shell/hashRoute';
import { DeskPage } from '../DeskPage';
import { AdoptionApplication } from './AdoptionApplication';
import { DissolutionForm } from './DissolutionForm';

/**
 * 收养登记: the application (受理, then registered from the case page) and dissolution by agreement.
 * #/adoption/dissolution/<收养登记证编号> opens the second tab on that adoption (from its case page).
 */
export function AdoptionPage() {
  const [tab, number] = useHashArgs();
  const active = tab === 'dissolution' ? 'dissolution' : 'application';
  return (
    <DeskPage title="收养登记" subtitle="收养人、送养人持证件及证明材料到场；录入时系统即时审查">
      <Tabs
        size="large"
        activeKey={active}
        onChange={(key) => navigate(key === 'dissolution' ? 'adoption/dissolution' : 'adoption')}
        items={[
          { key: 'application', label: '收养申请', children: <AdoptionApplication /> },
          { key: 'dissolution', label: '解除收养', children: <DissolutionForm key={number ?? ''} initialNumber={number ?? null} /> },
        ]}
      />
    </DeskPage>
  );
}
