import fs from 'node:fs';
import path from 'node:path';
import { TemplateSchema, type Template } from '../../contract/printing';
import type { DocumentId } from '../../domain/printing/documents';

export class TemplateError extends Error {}

/**
 * The templates shipped in resources/templates, then the office's own copies (the data folder's templates/),
 * file by file: an office adjusts a box by copying one JSON file, and a later upgrade of the others still reaches it.
 */
export function loadTemplates(dirs: readonly string[]): ReadonlyMap<DocumentId, Template & { readonly source: string }> {
  const out = new Map<DocumentId, Template & { source: string }>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const file = path.join(dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new TemplateError(`打印模板 ${file} 不是有效的 JSON：${(e as Error).message}`);
      }
      const parsed = TemplateSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new TemplateError(`打印模板 ${file} 第 ${issue.path.join('.')} 项有误：${issue.message}`);
      }
      if (`${parsed.data.id}.json` !== name) throw new TemplateError(`打印模板 ${file} 的 id（${parsed.data.id}）应与文件名一致`);
      out.set(parsed.data.id, { ...parsed.data, source: file });
    }
  }
  return out;
}
