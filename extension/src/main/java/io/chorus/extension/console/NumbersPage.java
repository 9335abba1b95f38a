package io.chorus.extension.console;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLAnchorElement;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLCanvasElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLFormElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.PlaceLine;
import io.chorus.shared.wire.WireReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The programme's numbers: a period (days in the company's time zone) and an office or team to pick,
 * then every figure of {@code GET /api/liaison/numbers} as a card with its chart (Chart.js), the same
 * numbers as a table beside it, and its CSV download. The page draws whatever figures the server sends,
 * in its order; the table is the accessible form of each chart.
 */
final class NumbersPage implements ConsolePage {
  static final String NUMBERS = ApiPaths.LIAISON + "/numbers";
  /** The charts on screen: Chart.js keeps resize listeners until a chart is destroyed. */
  private static final List<ChartJs> LIVE = new ArrayList<>();

  @Override
  public String id() {
    return "numbers";
  }

  @Override
  public String title() {
    return "Numbers";
  }

  @Override
  public HTMLElement open(Console console) {
    destroyCharts();
    HTMLElement page = Ui.el("div", "page-body");
    HTMLElement note = Ui.el("div", "callout");
    Ui.append(note, Ui.icon("info"), Ui.text("p", null, "How the programme is doing over a period, in your company's "
        + "time zone. Shares count when they were posted (voided ones never); estimated reach adds up the audience "
        + "each sharer states in the extension's popup; a click is one visitor on one tracked link. People are "
        + "counted in the office and team they are in now."));

    HTMLFormElement form = (HTMLFormElement) Ui.el("form", "card form numbers-filters");
    form.noValidate = true;
    Field from = Field.input("from", "date", "From", null);
    Field through = Field.input("to", "date", "Through", "The period's last day.");
    HTMLSelectElement offices = select("All offices");
    HTMLSelectElement teams = select("All teams");
    Field office = Field.select("office", "Office", offices);
    Field team = Field.select("team", "Team", teams);
    FormErrors errors = new FormErrors().field(from).field(through).field(office).field(team);
    HTMLButtonElement show = (HTMLButtonElement) Ui.text("button", "button button--primary", "Show");
    show.type = "submit";
    Ui.append(form, Ui.append(Ui.el("div", "inline-row numbers-controls"), from.element, through.element,
        office.element, team.element, Ui.append(Ui.el("div", "form-actions"), show)), errors.formError);

    HTMLElement heading = Ui.el("p", "numbers-period");
    heading.setAttribute("aria-live", "polite");
    HTMLElement figures = Ui.el("div", "figures");
    Ui.append(page, note, form, heading, figures);

    places(console, ApiPaths.LIAISON_OFFICES, offices);
    places(console, ApiPaths.LIAISON_TEAMS, teams);
    Runnable[] load = new Runnable[1];
    load[0] = () -> {
      errors.clear();
      String query = "";
      if (!from.value().isEmpty() || !through.value().isEmpty()) {
        String to = NumbersText.plusDays(through.value(), 1);
        if (to == null) {
          errors.show("to", "Choose the period's last day.");
          return;
        }
        query = "from=" + from.value() + "&to=" + to;
      }
      query += (offices.value.isEmpty() ? "" : "&office=" + offices.value)
          + (teams.value.isEmpty() ? "" : "&team=" + teams.value);
      String asked = query.startsWith("&") ? query.substring(1) : query;
      figures.setAttribute("aria-busy", "true");
      show.disabled = true;
      console.api().get(NUMBERS + (asked.isEmpty() ? "" : "?" + asked), doc -> {
        show.disabled = false;
        figures.removeAttribute("aria-busy");
        WireReader period = doc.object("period");
        from.value(period.string("from"));
        through.value(NumbersText.plusDays(period.string("to"), -1));
        String scope = "from=" + period.string("from") + "&to=" + period.string("to")
            + (period.has("office") ? "&office=" + period.object("office").integer("id") : "")
            + (period.has("team") ? "&team=" + period.object("team").integer("id") : "");
        showPeriod(heading, period);
        destroyCharts();
        Ui.clear(figures);
        for (WireReader figure : doc.objects("figures")) {
          figures.appendChild(card(figure, scope));
        }
      }, problem -> {
        show.disabled = false;
        figures.removeAttribute("aria-busy");
        errors.show(problem);
      });
    };
    form.addEventListener("submit", e -> {
      e.preventDefault();
      load[0].run();
    });
    load[0].run();
    return page;
  }

  private static void showPeriod(HTMLElement heading, WireReader period) {
    Ui.clear(heading);
    Ui.append(heading, Ui.plain(NumbersText.day(period.string("from")) + " \u2013 "
        + NumbersText.day(NumbersText.plusDays(period.string("to"), -1)) + " (" + period.string("timeZone") + ")"));
    if (period.has("office")) {
      Ui.append(heading, Ui.plain(" \u00B7 "), Ui.bdi(period.object("office").string("name")));
    }
    if (period.has("team")) {
      Ui.append(heading, Ui.plain(" \u00B7 "), Ui.bdi(period.object("team").string("name")));
    }
  }

  /** One figure: its title and download, a sentence when it has one, its chart and its table. */
  private static HTMLElement card(WireReader figure, String scope) {
    String id = figure.string("id");
    String title = figure.string("title");
    List<WireReader> rows = figure.objects("rows");
    HTMLElement card = Ui.el("section", "card figure");
    card.setAttribute("data-figure", id);
    HTMLAnchorElement csv = (HTMLAnchorElement) Ui.text("a", "button button--quiet", "Download CSV");
    csv.href = NUMBERS + "/" + id + ".csv?" + scope;
    csv.setAttribute("download", "");
    csv.setAttribute("aria-label", "Download " + title + " as CSV");
    Ui.append(card, Ui.append(Ui.el("div", "figure-head"), Ui.text("h2", "card-title", title), csv));
    String summary = FigureTable.summary(id, rows);
    if (summary != null) {
      card.appendChild(Ui.text("p", "figure-summary", summary));
    }
    // Lists of named things (items, people, teams: rows with an id) go under their chart, so long
    // names fit on the chart's axis and in the table; the other tables sit beside their chart.
    HTMLElement body = Ui.el("div", FigureTable.named(figure.objects("columns")) ? "figure-body figure-body--stacked"
        : "figure-body");
    card.appendChild(body);
    if (rows.isEmpty()) {
      body.appendChild(Ui.text("p", "muted", "Nothing in this period."));
      return card;
    }
    if (NumbersCharts.charted(id)) {
      HTMLElement holder = Ui.el("div", "figure-chart");
      HTMLCanvasElement canvas = (HTMLCanvasElement) DomGlobal.document.createElement("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", title + ": a chart of the table beside it");
      holder.appendChild(canvas);
      body.appendChild(holder);
      // Drawn once the card is in the page, so Chart.js can measure its box.
      DomGlobal.setTimeout(ignored -> LIVE.add(NumbersCharts.draw(canvas, id, rows)), 0);
    }
    body.appendChild(FigureTable.table(figure.objects("columns"), rows, title));
    return card;
  }

  private static HTMLSelectElement select(String all) {
    HTMLSelectElement select = (HTMLSelectElement) DomGlobal.document.createElement("select");
    HTMLOptionElement option = (HTMLOptionElement) DomGlobal.document.createElement("option");
    option.value = "";
    option.textContent = all;
    select.appendChild(option);
    return select;
  }

  private static void places(Console console, String path, HTMLSelectElement select) {
    console.api().get(path, reply -> {
      for (WireReader item : reply.objects("items")) {
        PlaceLine place = PlaceLine.read(item);
        HTMLOptionElement option = (HTMLOptionElement) DomGlobal.document.createElement("option");
        option.value = String.valueOf(place.id());
        option.textContent = place.name();
        select.appendChild(option);
      }
    }, problem -> select.title = problem.message());
  }

  private static void destroyCharts() {
    for (ChartJs chart : LIVE) {
      chart.destroy();
    }
    LIVE.clear();
  }
}
