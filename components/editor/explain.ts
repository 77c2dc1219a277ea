// The rules' verdicts in the reader's language. The rules module (lib/argument/rules.ts)
// decides; this only words its decision, with the same distinctions it makes.
import { checkRelation, RELATION_RULES, type RelationTarget, type RuleViolation } from '@/lib/argument/rules';
import type { NodeKind, RelationType } from '@/lib/argument/model';
import type { OperationError } from '@/lib/argument/operations';
import type { Locale } from '@/lib/i18n/messages';
import { fill, type EditorText } from './context';

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

function list(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { type: 'conjunction' }).format([...new Set(items)]);
}

/** Why a relation of this type may not go from `fromKind` to the target, or null when it may. */
export function explainRelation(t: EditorText, locale: Locale, type: RelationType, from: { id: string; kind: NodeKind }, to: RelationTarget): string | null {
  const v = checkRelation(type, from, to);
  return v ? explainViolation(t, locale, v, type, from.kind, to) : null;
}

export function explainViolation(t: EditorText, locale: Locale, v: RuleViolation, type: RelationType, fromKind: NodeKind, to: RelationTarget): string {
  const rule = RELATION_RULES[type];
  switch (v.rule) {
    case 'self-relation':
      return t.rules.self;
    case 'undercut-target':
      return to.entity === 'node' ? t.rules.undercutNode : t.rules.undercutType;
    case 'relation-kinds':
      if (!rule.from.includes(fromKind)) {
        return fill(t.rules.from, { from: capital(t.kindsWithArticle[fromKind]), verb: t.relationVerbs[type], list: list(locale, rule.from.map((k) => t.kindsPlural[k])) });
      }
      if (to.entity !== 'node') return fill(t.rules.nodeOnly, { verb: capital(t.relationVerbs[type]) });
      return fill(t.rules.to, {
        from: capital(t.kindsWithArticle[fromKind]),
        to: t.kindsWithArticle[to.kind],
        verb: t.relationVerbs[type],
        list: list(locale, (rule.to ?? []).map((k) => t.kindsPlural[k])),
        participle: t.relationParticiples[type],
      });
    default:
      return v.message;
  }
}

/** The relation a reader most likely meant between two kinds: answering a question, else supporting. */
export const likelyRelation = (toKind: NodeKind): RelationType => (toKind === 'QUESTION' ? 'ANSWERS' : 'SUPPORTS');

/** A refused batch in words; rule codes the UI knows get their own sentence. */
export function explainError(t: EditorText, e: Pick<OperationError, 'code' | 'message'> | { code: string | null; message: string }): string {
  switch (e.code) {
    case 'duplicate-relation':
      return t.rules.duplicate;
    case 'evidence-needs-citation':
      return t.rules.evidence;
    case 'dangling-reference':
    case 'not-found':
      return t.rules.dangling;
    case 'duplicate-tag':
      return t.rules.duplicateTag;
    case 'version-conflict':
      return t.rules.conflict;
    case 'self-relation':
      return t.rules.self;
    case 'quote-not-in-source':
      return t.quoteNotInSourceNotice;
    default:
      return e.message;
  }
}
