import { Form, type FormItemProps } from 'antd';
import { useContext } from 'react';
import { ViolationContext, ViolationLines } from '../violations';
import { REGISTRATION_ONLY } from './adoptionValues';

/**
 * CheckedItem for the assessment and the notice: what the rules say is shown beside the field, in
 * yellow when it only stops 登记 (a notice still running, a report to bring), in red when it stops 受理.
 */
export function AdoptionItem({ vpath, ...props }: FormItemProps & { vpath: readonly string[] }) {
  const mine = useContext(ViolationContext).filter((v) => vpath.includes(v.field));
  if (mine.length === 0) return <Form.Item {...props} />;
  const later = mine.every((v) => REGISTRATION_ONLY.includes(v.code));
  return <Form.Item {...props} validateStatus={later ? 'warning' : 'error'} help={<ViolationLines violations={mine} />} />;
}
