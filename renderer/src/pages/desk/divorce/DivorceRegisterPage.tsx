import { Alert, Card, Input, Steps } from 'antd';
import type { CaseSummary } from '../../../../../main/contract';
import { CERTIFICATE_NUMBER_PATTERN } from '../../../../../main/domain/certificate';
import { call } from '../../../api/client';
import { DeskPage } from '../DeskPage';
import { CaseTable } from '../search/CaseTable';
import { findCases, useCaseSearch } from '../search/useCaseSearch';

const samePeople = (a: CaseSummary, b: CaseSummary) => {
  const key = (c: CaseSummary) => c.parties.map((p) => `${p.name}|${p.idNumberMasked}`).sort().join(',');
  return key(a) === key(b);
};

/**
 * Divorce applications for a name, an ID number, or the couple's 结婚证 number (a divorce case does
 * not carry that number itself: the marriage is found first, then the divorces of its two parties).
 * Open applications first.
 */
async function findDivorces(q: string): Promise<CaseSummary[]> {
  const found = await findCases(q);
  const divorces = new Map(found.filter((c) => c.kind === 'divorce').map((c) => [c.id, c]));
  const term = q.trim().toUpperCase();
  if (CERTIFICATE_NUMBER_PATTERN.test(term)) {
    for (const marriage of found.filter((c) => c.kind === 'marriage')) {
      const first = (await call('getCase', { params: { id: marriage.id } })).parties[0];
      if (!first) continue;
      for (const c of await findCases(first.idNumber)) if (c.kind === 'divorce' && samePeople(c, marriage)) divorces.set(c.id, c);
    }
  }
  const open = (c: CaseSummary) => (c.status === 'accepted' ? 0 : 1);
  return [...divorces.values()].sort((a, b) => open(a) - open(b) || b.id - a.id);
}

/** 离婚登记: the couple comes back in the collection period; find their application, confirm, register. */
export function DivorceRegisterPage() {
  const { query, results, loading, error, search } = useCaseSearch('divorce-register', findDivorces);
  return (
    <DeskPage title="离婚登记" subtitle="冷静期届满后的领证期内，双方共同到场申请发给离婚证">
      <Card>
        <Steps
          size="small"
          current={results ? 1 : 0}
          style={{ marginBottom: 20, maxWidth: 720 }}
          items={[{ title: '查找离婚申请' }, { title: '确认离婚协议' }, { title: '双方到场，登记发证' }]}
        />
        <Input.Search
          size="large"
          autoFocus
          allowClear
          enterButton="查找"
          defaultValue={query}
          placeholder="当事人身份证件号码 / 姓名 / 结婚证编号"
          aria-label="查找离婚申请"
          loading={loading}
          onSearch={(q) => void search(q)}
          style={{ maxWidth: 640 }}
        />
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {results && (
        <Card title={`离婚登记申请：${results.length} 件`} size="small">
          <CaseTable cases={results} loading={loading} empty={`未找到与「${query}」相关的离婚登记申请`} testId="divorce-results" />
        </Card>
      )}
    </DeskPage>
  );
}
