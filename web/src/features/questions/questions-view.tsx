import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { describeError, getJson } from "../../shared/api.js";
import type { SourceRef } from "../../shared/knowledge.js";
import { SourceList } from "../../shared/source-list.js";
import { type AlignAnswer, AlignChart } from "./align-chart.js";

/**
 * The reasoning questions as forms with answers in sentences: who must defend whom, which
 * rules are broken, would a decision pass, and how aligned two states were. Each answers
 * within the scenario chosen in the header.
 */

interface CitedClaim {
  readonly id: string;
  readonly summary: string;
  readonly cite: SourceRef;
}

interface ObligationsAnswer {
  readonly at: string;
  readonly obligations: readonly {
    readonly guarantor: string;
    readonly protected: string;
    readonly basis: readonly {
      readonly kind: string;
      readonly org?: string;
      readonly agreement?: string;
      readonly rule: string;
      readonly claims: readonly CitedClaim[];
    }[];
  }[];
}

interface ViolationsAnswer {
  readonly at: string;
  readonly violations: readonly {
    readonly rule: string;
    readonly subject: string;
    readonly actors: readonly string[];
    readonly explanation: string;
    readonly claims: readonly CitedClaim[];
  }[];
}

interface SimulateAnswer {
  readonly org: string;
  readonly at: string;
  readonly rule: string;
  readonly passes: boolean;
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly abstain: readonly string[];
  readonly blocking: readonly string[];
  readonly couldBlock: readonly string[];
}

type Answer<T> =
  | { state: "idle" }
  | { state: "busy" }
  | { state: "done"; value: T }
  | { state: "failed"; error: string };

function useQuestion<T>(): [Answer<T>, (load: () => Promise<T>) => Promise<void>] {
  const [answer, setAnswer] = useState<Answer<T>>({ state: "idle" });
  const ask = async (load: () => Promise<T>) => {
    setAnswer({ state: "busy" });
    try {
      setAnswer({ state: "done", value: await load() });
    } catch (e) {
      setAnswer({ state: "failed", error: describeError(e) });
    }
  };
  return [answer, ask];
}

function Field(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <span class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        value={props.value}
        placeholder={props.placeholder}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </span>
  );
}

function Shown<T>(props: { answer: Answer<T>; children: (value: T) => ComponentChildren }) {
  const { answer } = props;
  if (answer.state === "idle") return null;
  if (answer.state === "busy") return <p aria-busy="true">Asking…</p>;
  if (answer.state === "failed")
    return (
      <p role="alert" class="error">
        {answer.error}
      </p>
    );
  return <div class="answer">{props.children(answer.value)}</div>;
}

function Obligations() {
  const [at, setAt] = useState("2013-01-01");
  const [state, setState] = useState("UZB");
  const [answer, ask] = useQuestion<ObligationsAnswer>();
  return (
    <section aria-labelledby="q-obligations">
      <h2 id="q-obligations">Who must defend whom?</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ask(() => getJson("/obligations", { at, state }, { scenario: true }));
        }}
      >
        <Field id="ob-at" label="On" value={at} onInput={setAt} placeholder="YYYY-MM-DD" />
        <Field id="ob-state" label="State (optional)" value={state} onInput={setState} placeholder="UZB" />
        <button type="submit">Ask</button>
      </form>
      <Shown answer={answer}>
        {(v) =>
          v.obligations.length === 0 ? (
            <p>
              Nobody is bound to defend anybody{state ? ` with ${state}` : ""} on {v.at}.
            </p>
          ) : (
            <ul>
              {v.obligations.map((o) => (
                <li key={`${o.guarantor}-${o.protected}`}>
                  <strong>{o.guarantor}</strong> must defend <strong>{o.protected}</strong>, through{" "}
                  {o.basis.map((b) => `${b.org ?? b.agreement ?? b.kind} (${b.rule})`).join("; ")}
                  <details>
                    <summary>on whose word</summary>
                    <SourceList sources={o.basis.flatMap((b) => b.claims.map((c) => c.cite))} />
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </Shown>
    </section>
  );
}

function Violations() {
  const [at, setAt] = useState("2013-01-01");
  const [answer, ask] = useQuestion<ViolationsAnswer>();
  return (
    <section aria-labelledby="q-violations">
      <h2 id="q-violations">Which rules are broken?</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ask(() => getJson("/violations", { at }, { scenario: true }));
        }}
      >
        <Field id="vi-at" label="On" value={at} onInput={setAt} placeholder="YYYY-MM-DD" />
        <button type="submit">Ask</button>
      </form>
      <Shown answer={answer}>
        {(v) =>
          v.violations.length === 0 ? (
            <p>No rule is broken on {v.at}.</p>
          ) : (
            <ul>
              {v.violations.map((x) => (
                <li key={`${x.rule}-${x.subject}-${x.actors.join()}`}>
                  {x.explanation}
                  <details>
                    <summary>on whose word</summary>
                    <SourceList sources={x.claims.map((c) => c.cite)} />
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </Shown>
    </section>
  );
}

const RULES = ["charter", "unanimity", "consensus", "simple-majority", "qualified-majority"];

function Simulate() {
  const [org, setOrg] = useState("CSTO");
  const [at, setAt] = useState("2011-08-15");
  const [rule, setRule] = useState("charter");
  const [answer, ask] = useQuestion<SimulateAnswer>();
  const list = (xs: readonly string[]) => (xs.length === 0 ? "nobody" : xs.join(", "));
  return (
    <section aria-labelledby="q-simulate">
      <h2 id="q-simulate">Would a decision pass?</h2>
      <p class="muted">
        Votes from recorded stances: the proposer votes yes, a member with a recorded objection votes no.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ask(() => getJson("/simulate", { org, at, rule }, { scenario: true }));
        }}
      >
        <Field id="si-org" label="Organization" value={org} onInput={setOrg} />
        <Field id="si-at" label="On" value={at} onInput={setAt} placeholder="YYYY-MM-DD" />
        <span class="field">
          <label for="si-rule">Rule</label>
          <select
            id="si-rule"
            value={rule}
            onChange={(e) => setRule((e.currentTarget as HTMLSelectElement).value)}
          >
            {RULES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </span>
        <button type="submit">Ask</button>
      </form>
      <Shown answer={answer}>
        {(v) => (
          <>
            <p>
              In the {v.org} on {v.at}, under {v.rule}, the decision{" "}
              <strong>{v.passes ? "passes" : "fails"}</strong>
              {v.blocking.length > 0
                ? `: ${list(v.blocking)} block${v.blocking.length === 1 ? "s" : ""} it`
                : ""}
              .
            </p>
            <dl class="votes">
              <dt>yes</dt>
              <dd>{list(v.yes)}</dd>
              <dt>no</dt>
              <dd>{list(v.no)}</dd>
              <dt>abstain</dt>
              <dd>{list(v.abstain)}</dd>
              <dt>could block alone</dt>
              <dd>{list(v.couldBlock)}</dd>
            </dl>
          </>
        )}
      </Shown>
    </section>
  );
}

function Alignment() {
  const [a, setA] = useState("UZB");
  const [b, setB] = useState("RUS");
  const [from, setFrom] = useState("1995");
  const [to, setTo] = useState("2014");
  const [answer, ask] = useQuestion<AlignAnswer>();
  return (
    <section aria-labelledby="q-align">
      <h2 id="q-align">How aligned were two states?</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void ask(() => getJson("/align", { a, b, from, to }, { scenario: true }));
        }}
      >
        <Field id="al-a" label="State" value={a} onInput={setA} />
        <Field id="al-b" label="and state" value={b} onInput={setB} />
        <Field id="al-from" label="from" value={from} onInput={setFrom} placeholder="YYYY" />
        <Field id="al-to" label="to" value={to} onInput={setTo} placeholder="YYYY" />
        <button type="submit">Chart</button>
      </form>
      <Shown answer={answer}>{(v) => <AlignChart answer={v} />}</Shown>
    </section>
  );
}

export function QuestionsView() {
  return (
    <article class="questions">
      <h1>Questions</h1>
      <Obligations />
      <Violations />
      <Simulate />
      <Alignment />
    </article>
  );
}
