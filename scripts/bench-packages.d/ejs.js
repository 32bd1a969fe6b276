// ejs: compile and render a 10,000-row HTML table (loop, conditionals, a helper, nested loop,
// HTML escaping) from the generated rows.json.
const TEMPLATE = `<table class="orders">
  <thead><tr><th>#</th><th>Name</th><th>Email</th><th>City</th><th>Amount</th><th>Status</th><th>Tags</th><th>Note</th></tr></thead>
  <tbody>
<% rows.forEach(function (row, i) { -%>
    <tr class="<%= row.active ? 'active' : 'inactive' %><%= i % 2 ? ' odd' : '' %>">
      <td><%= row.id %></td>
      <td><a href="/users/<%= row.id %>"><%= row.name %></a></td>
      <td><%= row.email %></td>
      <td><%= row.city %></td>
      <td class="num"><%= money(row.cents) %></td>
      <td><% if (row.active) { %>active<% } else { %>closed<% } %></td>
      <td><% row.tags.forEach(function (tag) { %><span class="tag"><%= tag %></span><% }) %></td>
      <td><%= row.note %></td>
    </tr>
<% }) -%>
  </tbody>
  <tfoot><tr><td colspan="8"><%= rows.length %> rows</td></tr></tfoot>
</table>
`;

const money = (cents) => `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

require('./common.js').main({
  input: (dir, read) => JSON.parse(read('rows.json')),
  load: (pkg) => pkg.require('ejs'),
  run: (ejs, rows) => ejs.compile(TEMPLATE)({ rows, money }),
  digest: (html) => html,
});
