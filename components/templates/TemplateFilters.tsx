import { INTENTS, isIntentId } from '@/lib/intent/types';
import { intentLabel } from '@/components/suggestion/intent-labels';
import { languageName, type Owner, type TemplateFilter } from './template-filter';

interface Props {
  filter: TemplateFilter;
  languages: string[];
  onChange: (filter: TemplateFilter) => void;
}

const OWNERS: Record<Owner, string> = { all: 'All templates', mine: 'Mine', builtIn: 'Built-in' };

/** Search box and the intent, language and owner filters above the template list. */
export function TemplateFilters({ filter, languages, onChange }: Props) {
  return (
    <div className="template-filters">
      <label className="template-search">
        Search
        <input
          type="search"
          value={filter.query}
          placeholder="Name, tag or words in the text"
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
        />
      </label>
      <label>
        Intent
        <select value={filter.intent} onChange={(e) => onChange({ ...filter, intent: isIntentId(e.target.value) ? e.target.value : 'all' })}>
          <option value="all">All intents</option>
          {INTENTS.map((id) => (
            <option key={id} value={id}>
              {intentLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select value={filter.language} onChange={(e) => onChange({ ...filter, language: e.target.value })}>
          <option value="all">All languages</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Show
        <select
          value={filter.owner}
          onChange={(e) => onChange({ ...filter, owner: e.target.value === 'mine' || e.target.value === 'builtIn' ? e.target.value : 'all' })}
        >
          {(Object.keys(OWNERS) as Owner[]).map((o) => (
            <option key={o} value={o}>
              {OWNERS[o]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
