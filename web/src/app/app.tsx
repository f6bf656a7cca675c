import { useEffect, useState } from "preact/hooks";
import { DocumentsList, DocumentView } from "../features/document/document-view.js";
import { MapView } from "../features/map/map-view.js";
import { NetworkView } from "../features/network/network-view.js";
import { QuestionsView } from "../features/questions/questions-view.js";
import { ReviewQueue } from "../features/review/review-queue.js";
import { ActorPage } from "../features/timeline/actor-page.js";
import { chooseScenario, currentScenario, getJson } from "../shared/api.js";
import { Link, type Location, navigate, useLocation } from "../shared/router.js";

/** The app: a header with the views, the actor search and the scenario menu; one view at a time. */

const VIEWS = [
  { href: "/network", label: "Network" },
  { href: "/map", label: "Map" },
  { href: "/actors/UZB", label: "Uzbekistan" },
  { href: "/documents", label: "Documents" },
  { href: "/review", label: "Review" },
  { href: "/questions", label: "Questions" },
];

function ScenarioMenu(props: { value: string | null; onChange: (name: string | null) => void }) {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    getJson<{ scenarios: { name: string }[] }>("/scenarios").then(
      (answer) => setNames(answer.scenarios.map((s) => s.name)),
      () => setNames([]),
    );
  }, []);
  return (
    <span class="scenario-menu">
      <label for="scenario">Scenario</label>
      <select
        id="scenario"
        value={props.value ?? ""}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(v === "" ? null : v);
        }}
      >
        <option value="">the knowledge base as it is</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </span>
  );
}

function ActorSearch() {
  const [name, setName] = useState("");
  return (
    <form
      class="actor-search"
      aria-label="Open an actor's timeline"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) navigate(`/actors/${encodeURIComponent(name.trim())}`);
      }}
    >
      <label for="actor-search">Actor</label>
      <input
        id="actor-search"
        value={name}
        placeholder="Uzbekistan, CSTO…"
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">Open</button>
    </form>
  );
}

function Home() {
  return (
    <article class="home">
      <h1>Heartland</h1>
      <p>Who was aligned with whom, when, and on whose word.</p>
      <ul class="tiles">
        <li>
          <Link href="/network">The network on a date</Link>: states, organizations and their ties, 1991 to
          today.
        </li>
        <li>
          <Link href="/map">The map</Link>: countries coloured by bloc, foreign bases as points.
        </li>
        <li>
          <Link href="/actors/UZB">Uzbekistan's timeline</Link>, or any actor from the search above.
        </li>
        <li>
          <Link href="/documents">Documents</Link> with the span of every claim highlighted, and the{" "}
          <Link href="/review">review queue</Link>.
        </li>
        <li>
          <Link href="/questions">Questions</Link>: obligations, violations, decisions, alignment.
        </li>
      </ul>
      <p class="muted">
        The API is described at <a href="/api/docs">/api/docs</a>.
      </p>
    </article>
  );
}

function route(location: Location, scenario: string | null) {
  const parts = location.path
    .split("/")
    .filter((p) => p !== "")
    .map(decodeURIComponent);
  const at = location.query.get("at");
  switch (parts[0]) {
    case undefined:
      return <Home />;
    case "network":
      return <NetworkView at={at} scenario={scenario} />;
    case "map":
      return <MapView at={at} scenario={scenario} />;
    case "actors":
      if (parts[1]) return <ActorPage key={parts[1]} actor={parts[1]} scenario={scenario} />;
      break;
    case "documents":
      if (parts[1]) return <DocumentView key={parts[1]} id={parts[1]} focus={location.query.get("claim")} />;
      return <DocumentsList />;
    case "review":
      return <ReviewQueue />;
    case "questions":
      return <QuestionsView key={scenario ?? ""} />;
  }
  return (
    <article>
      <h1>Not found</h1>
      <p>
        There is no page {location.path}. <Link href="/">Start here</Link>.
      </p>
    </article>
  );
}

export function App() {
  const location = useLocation();
  const [scenario, setScenario] = useState<string | null>(currentScenario);
  const changeScenario = (name: string | null) => {
    chooseScenario(name);
    setScenario(name);
  };
  const active = (href: string) => location.path === href || location.path.startsWith(`${href}/`);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          Heartland
        </Link>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.href}>
                <Link href={v.href} aria-current={active(v.href) ? "page" : undefined}>
                  {v.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ActorSearch />
        <ScenarioMenu value={scenario} onChange={changeScenario} />
      </header>
      <main id="main" tabIndex={-1}>
        {route(location, scenario)}
      </main>
    </>
  );
}
