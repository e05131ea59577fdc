import { describe, expect, it } from "vitest";
import { checkTemplateSyntax } from "./check-template-syntax";
import { renderTemplate, type TTemplateVariables } from "./render-template";

const variables: TTemplateVariables = {
  profile: {
    id: "p1",
    traits: { first_name: "Ana", last_name: "Souza", plan: "pro", orders: 3 },
    email: "ana@example.com",
    phone: "+351912345678",
    userId: "u_00042",
    timezone: "Europe/Lisbon",
    locale: "pt-PT",
  },
  event: { name: "Cart Abandoned", properties: { cart_url: "https://shop.example/cart/9", item_count: 2 }, timestamp: "2026-11-20T18:30:00.000Z" },
  journey: { id: "j1", name: "Cart recovery" },
  unsubscribeUrl: "https://waymark.example/p/tok",
};

describe("renderTemplate", () => {
  it("fills profile, event, journey and unsubscribe_url variables in every text field", async () => {
    const content = {
      subject: "{{ profile.traits.first_name }}, your cart is waiting",
      preheader: "{{ event.properties.item_count }} items · {{ journey.name }}",
      html: "<p>Hi {{ profile.traits.first_name }} ({{ profile.email }}, {{ profile.userId }})</p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>",
      text: "{{ event.name }} at {{ event.properties.cart_url }} for {{ profile.phone }}",
    };
    const { rendered, errors } = await renderTemplate("email", content, variables);
    expect(errors).toEqual([]);
    expect(rendered).toEqual({
      subject: "Ana, your cart is waiting",
      preheader: "2 items · Cart recovery",
      html: "<p>Hi Ana (ana@example.com, u_00042)</p><a href=\"https://waymark.example/p/tok\">Unsubscribe</a>",
      text: "Cart Abandoned at https://shop.example/cart/9 for +351912345678",
    });
  });

  it("prints `now` as the moment the message stands for, in the profile's zone, when told it (the virtual clock)", async () => {
    const content = { body: '{{ "now" | date: "%Y-%m-%d %H:%M" }} · {{ "today" | date: "%A" }} · {{ "now" | date_to_xmlschema }}' };
    const { rendered, errors } = await renderTemplate("sms", content, variables, { now: new Date("2030-07-01T08:15:00Z") });
    expect(errors).toEqual([]);
    expect(rendered.body).toBe("2030-07-01 09:15 · Monday · 2030-07-01T09:15:00+01:00");
    const dated = await renderTemplate("sms", { body: '{{ event.timestamp | date: "%Y" }}' }, variables, { now: new Date("2030-07-01T08:15:00Z") });
    expect(dated.rendered.body).toBe("2026");
  });

  it("escapes customer data in the email HTML body, but not in the plain-text part or with | raw", async () => {
    const hostile = { ...variables, profile: { ...variables.profile, traits: { first_name: "<script>x</script>", badge: "<b>VIP</b>" } } };
    const content = { subject: "Hi {{ profile.traits.first_name }}", preheader: "", html: "<p>{{ profile.traits.first_name }} {{ profile.traits.badge | raw }}</p>", text: "{{ profile.traits.first_name }}" };
    const { rendered, errors } = await renderTemplate("email", content, hostile);
    expect(errors).toEqual([]);
    expect(rendered.html).toBe("<p>&lt;script&gt;x&lt;/script&gt; <b>VIP</b></p>");
    expect(rendered.text).toBe("<script>x</script>");
    expect(rendered.subject).toBe("Hi <script>x</script>");
  });

  it("renders missing traits and a missing event as empty text rather than failing", async () => {
    const { rendered, errors } = await renderTemplate("sms", { body: "Hi {{ profile.traits.nickname }}!{{ event.properties.cart_url }}" }, { ...variables, event: null });
    expect(errors).toEqual([]);
    expect(rendered).toEqual({ body: "Hi !" });
  });

  it("applies filters, with default for missing values", async () => {
    const { rendered } = await renderTemplate(
      "sms",
      { body: "{{ profile.traits.first_name | upcase }} {{ profile.traits.nickname | default: 'friend' }} {{ profile.traits.orders | plus: 1 }} {{ event.timestamp | date: '%H:%M' }}" },
      variables,
    );
    // 18:30 UTC is 18:30 in Lisbon in November (WET): dates format in the profile's time zone.
    expect(rendered).toEqual({ body: "ANA friend 4 18:30" });
  });

  it("formats dates in the profile's time zone", async () => {
    const tokyo = { ...variables, profile: { ...variables.profile, timezone: "Asia/Tokyo" } };
    const { rendered } = await renderTemplate("sms", { body: "{{ event.timestamp | date: '%H:%M' }}" }, tokyo);
    expect(rendered).toEqual({ body: "03:30" });
  });

  it("reports a syntax error with its line and column within a multi-line field, and renders the other fields", async () => {
    const html = "<p>Hello</p>\n<p>Your order:</p>\n  <p>{{ event.properties.item_count </p>";
    const { rendered, errors } = await renderTemplate("email", { subject: "Hi {{ profile.traits.first_name }}", preheader: "", html, text: "" }, variables);
    expect(errors).toEqual([{ field: "html", line: 3, column: 6, message: expect.stringContaining("not closed") }]);
    expect(rendered).toMatchObject({ subject: "Hi Ana", html: "" });
  });

  it("reports an unknown filter (strict filters) at its position", async () => {
    const { errors } = await renderTemplate("sms", { body: "Hi\n{{ profile.traits.first_name | upcasee }}" }, variables);
    expect(errors).toEqual([{ field: "body", line: 2, column: 1, message: "undefined filter: upcasee" }]);
  });

  it("stops a runaway loop at the render limit instead of hanging", async () => {
    const started = Date.now();
    const { rendered, errors } = await renderTemplate(
      "sms",
      { body: "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}" },
      variables,
      { renderLimitMs: 50 },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(rendered).toEqual({ body: "" });
    expect(errors).toEqual([{ field: "body", line: 1, column: expect.any(Number), message: expect.stringMatching(/too long to render/) }]);
  });

  it("shares one time budget between all fields, so many slow fields cannot add up", async () => {
    const slow = "{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}";
    const started = Date.now();
    const { errors } = await renderTemplate("email", { subject: slow, preheader: slow, html: slow, text: slow }, variables, { renderLimitMs: 200, budgetMs: 250 });
    expect(Date.now() - started).toBeLessThan(600);
    expect(errors.map((e) => e.field)).toEqual(["subject", "preheader", "html", "text"]);
  });

  it("stops a loop over a huge range at the memory limit", async () => {
    const { errors } = await renderTemplate("sms", { body: "{% for i in (1..100000000) %}x{% endfor %}" }, variables);
    expect(errors[0]?.message).toMatch(/too much memory/);
  });

  it("never reads files: include and render find nothing", async () => {
    const { rendered, errors } = await renderTemplate("sms", { body: "{% include 'package.json' %}{% render '.env' %}" }, variables);
    expect(rendered).toEqual({ body: "" });
    expect(errors[0]?.message).toMatch(/Failed to lookup/);
  });

  it("hides prototype properties from templates", async () => {
    const { rendered } = await renderTemplate("sms", { body: "[{{ profile.constructor }}][{{ profile.traits.__proto__ }}]" }, variables);
    expect(rendered).toEqual({ body: "[][]" });
  });

  it("renders address lines and header values but leaves the webhook method alone", async () => {
    const { rendered } = await renderTemplate(
      "webhook",
      { url: "https://hooks.example/{{ profile.userId }}", method: "POST", headers: { "X-User": "{{ profile.id }}" }, body: "{\"plan\": \"{{ profile.traits.plan }}\"}" },
      variables,
    );
    expect(rendered).toEqual({ url: "https://hooks.example/u_00042", method: "POST", headers: { "X-User": "p1" }, body: "{\"plan\": \"pro\"}" });
    const mail = await renderTemplate("directMail", { addressLines: ["{{ profile.traits.first_name }} {{ profile.traits.last_name }}", "Lisbon"], copy: "Olá" }, variables);
    expect(mail.rendered).toEqual({ addressLines: ["Ana Souza", "Lisbon"], copy: "Olá" });
  });
});

describe("checkTemplateSyntax", () => {
  it("finds nothing wrong with valid Liquid", () => {
    expect(checkTemplateSyntax("email", { subject: "{% if profile.traits.plan == 'pro' %}Pro{% else %}Hi{% endif %}", preheader: "", html: "{{ a | default: 'b' }}", text: "" })).toEqual([]);
  });

  it("lists every broken field with its position", () => {
    expect(checkTemplateSyntax("push", { title: "{% if x %}", body: "ok\n  {% frobnicate %}" })).toEqual([
      { field: "title", line: 1, column: 1, message: "tag {% if x %} not closed" },
      { field: "body", line: 2, column: 3, message: "tag \"frobnicate\" not found" },
    ]);
  });
});
