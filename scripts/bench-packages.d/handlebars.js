// handlebars: compile and render a 10,000-row HTML table (each, if/else, a helper, nested each,
// HTML escaping) from the generated rows.json.
const TEMPLATE = `<table class="orders">
  <thead><tr><th>#</th><th>Name</th><th>Email</th><th>City</th><th>Amount</th><th>Status</th><th>Tags</th><th>Note</th></tr></thead>
  <tbody>
{{#each rows}}
    <tr class="{{#if active}}active{{else}}inactive{{/if}}{{#if @odd}} odd{{/if}}">
      <td>{{id}}</td>
      <td><a href="/users/{{id}}">{{name}}</a></td>
      <td>{{email}}</td>
      <td>{{city}}</td>
      <td class="num">{{money cents}}</td>
      <td>{{#if active}}active{{else}}closed{{/if}}</td>
      <td>{{#each tags}}<span class="tag">{{this}}</span>{{/each}}</td>
      <td>{{note}}</td>
    </tr>
{{/each}}
  </tbody>
  <tfoot><tr><td colspan="8">{{rows.length}} rows</td></tr></tfoot>
</table>
`;

require('./common.js').main({
  input: (dir, read) => JSON.parse(read('rows.json')),
  load: (pkg) => pkg.require('handlebars'),
  run: (Handlebars, rows) => {
    const hb = Handlebars.create();
    hb.registerHelper('money', (cents) => `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
    return hb.compile(TEMPLATE)({ rows });
  },
  digest: (html) => html,
});
