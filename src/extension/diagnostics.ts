// Findings → one DiagnosticCollection ("claimline"), with per-rule severity, disable comments,
// ignored claims and the per-file cap applied by the pure selectFindings().
import * as vscode from 'vscode';
import { identifiedSpeaker } from '../core/speakers';
import { selectFindings } from '../core/report';
import { ruleHelpTarget } from './ruleHelp';
import { parseSuppressions } from '../core/suppressions';
import { LineIndex } from '../core/text';
import type { Finding, Severity, Speaker } from '../core/types';
import type { ArticleService } from './articleService';
import type { AnalyzedArticle } from './services';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export interface DiagnosticsFeature {
  /** Shows an article's findings in the Problems panel (also used for files analyzed from disk). */
  publish(article: AnalyzedArticle): void;
}

export function registerDiagnostics(context: vscode.ExtensionContext, services: ArticleService): DiagnosticsFeature {
  const collection = vscode.languages.createDiagnosticCollection('claimline');
  const publish = (article: AnalyzedArticle) => {
    if (!services.enabled) return;
    collection.set(article.uri, toDiagnostics(article));
  };
  context.subscriptions.push(
    collection,
    services.onDidUpdateArticle(publish),
    services.onDidRemoveArticle((uri) => collection.delete(uri)),
    services.onDidChangeEnabled((enabled) => {
      collection.clear();
      if (enabled) services.articles().forEach(publish);
    }),
  );
  return { publish };
}

export function toDiagnostics(article: AnalyzedArticle): vscode.Diagnostic[] {
  // The configuration of the analysis, whose today the messages already carry (see AnalyzedArticle.config).
  const config = article.config;
  // Lines come from the document text itself: the analyzer's masked markup may lay lines out differently.
  const lines = new LineIndex(article.text);
  const { shown } = selectFindings(article.analysis, {
    rules: config.rules,
    suppressions: parseSuppressions(article.text, article.format),
    lineOf: (offset) => lines.position(offset).line - 1,
    noteFor: article.noteFor,
    max: config.maxDiagnostics,
  });
  const range = (start: number, end: number) => {
    const from = lines.position(start);
    const to = lines.position(end);
    return new vscode.Range(from.line - 1, from.column - 1, to.line - 1, to.column - 1);
  };
  return shown.map(({ finding, severity }) => {
    const diagnostic = new vscode.Diagnostic(range(finding.start, finding.end), finding.message, SEVERITY[severity]);
    diagnostic.source = 'claimline';
    diagnostic.code = { value: finding.rule, target: ruleHelpTarget(finding.rule) };
    const speaker = speakerOf(article, finding);
    if (speaker && speaker.end > speaker.start) {
      const name = identifiedSpeaker(speaker);
      const label = name ? vscode.l10n.t('Speaker: {0}', name) : vscode.l10n.t('Speaker: “{0}”, not identified', speaker.mention);
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(article.uri, range(speaker.start, speaker.end)), label)];
    }
    return diagnostic;
  });
}

function speakerOf(article: AnalyzedArticle, finding: Finding): Speaker | null {
  const subject = finding.subject;
  if (subject?.kind === 'quote') return article.analysis.quotes[subject.index]?.speaker ?? null;
  if (subject?.kind === 'claim') return article.analysis.claims[subject.index]?.speaker ?? null;
  return null;
}
