import { Alert, Card, Input } from 'antd';
import { DeskPage } from '../DeskPage';
import { CaseTable } from './CaseTable';
import { useCaseSearch } from './useCaseSearch';

/** 案件查询: one box for an ID number, a name or a certificate number. */
export function SearchPage() {
  const { query, results, loading, error, search } = useCaseSearch('search');
  return (
    <DeskPage title="案件查询" subtitle="按身份证件号码、姓名或证书编号查找结婚、离婚、补领证书案件">
      <Card>
        <Input.Search
          size="large"
          autoFocus
          allowClear
          enterButton="查询"
          defaultValue={query}
          placeholder="身份证件号码 / 姓名 / 证书编号"
          aria-label="查询条件"
          loading={loading}
          onSearch={(q) => void search(q)}
          style={{ maxWidth: 640 }}
        />
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {results && (
        <Card title={`查询结果：${results.length} 件`} size="small">
          <CaseTable cases={results} loading={loading} empty={`未找到与「${query}」相关的案件`} testId="search-results" />
        </Card>
      )}
    </DeskPage>
  );
}
