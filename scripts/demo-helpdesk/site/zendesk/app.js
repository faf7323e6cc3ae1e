/* The demo helpdesk: a small Zendesk Agent Workspace look-alike for Deskpilot's demos and end-to-end
 * tests. Plain browser JavaScript, no build step. Data comes from tickets.js, the composer is the
 * CKEditor 5 UMD build (window.CKEDITOR), submitted comments live in the demo server's memory.
 *
 * Markup follows Zendesk's own data-test-id attributes: see scripts/demo-helpdesk/README.md. */
/* global window, document, history, location, fetch, DOMParser, CustomEvent, URLSearchParams,
   Node, setTimeout, clearTimeout, console */
(function () {
  'use strict';

  const data = window.DEMO_HELPDESK;
  const tickets = data.tickets;
  const ticketsById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const AGENT_COLORS = {
    'Priya Shah': '#1f73b7',
    'Julien Moreau': '#6a27b8',
    'Lena Vogel': '#c72a1c',
    'Marta Ruiz': '#038153',
    'Alex Rivera': '#03363d',
  };
  const STATUS_LABELS = { new: 'New', open: 'Open', pending: 'Pending', solved: 'Solved', closed: 'Closed' };

  const state = {
    openTabs: [],
    activeId: null,
    panes: new Map(),
    paneTokens: new Map(),
    drafts: new Map(),
    statuses: new Map(),
    editor: null,
    editorTicketId: null,
    editorToken: 0,
  };
  for (const ticket of tickets) {
    state.statuses.set(ticket.id, ticket.status);
    if (ticket.draft) state.drafts.set(ticket.id, ticket.draft);
  }

  // ---------------------------------------------------------------- helpers

  /** Creates an element. Text children are text; `html` is for trusted static markup only. */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'class') el.className = value;
        else if (key === 'html') el.innerHTML = value;
        else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
        else el.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : String(child));
    }
    return el;
  }

  const ICONS = {
    logo: '<svg viewBox="0 0 26 26" width="26" height="26"><path fill="currentColor" d="M12 8.2V25H2zM12 1a5 5 0 0 1-10 0zm2 24a5 5 0 0 1 10 0zm0-7V1h10z"/></svg>',
    home: '<svg viewBox="0 0 24 24" width="22" height="22"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M3.5 10.5 12 3.5l8.5 7V20a.5.5 0 0 1-.5.5h-5v-6h-6v6H4a.5.5 0 0 1-.5-.5z"/></svg>',
    views: '<svg viewBox="0 0 24 24" width="22" height="22"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M4 6h16M4 12h16M4 18h10"/></svg>',
    customers: '<svg viewBox="0 0 24 24" width="22" height="22"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5"/><path stroke-linecap="round" d="M15.5 4.8a3.5 3.5 0 0 1 0 6.4M18 14.8c1.9.8 3.1 2.5 3.5 5.2"/></g></svg>',
    orgs: '<svg viewBox="0 0 24 24" width="22" height="22"><g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"><path d="M4 20.5V4.5h10v16M14 9.5h6v11"/><path stroke-linecap="round" d="M7.5 8h3M7.5 12h3M7.5 16h3M2.5 20.5h19"/></g></svg>',
    reporting: '<svg viewBox="0 0 24 24" width="22" height="22"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M5 20V13M10 20V6M15 20v-9M20 20V9"/></svg>',
    admin: '<svg viewBox="0 0 24 24" width="22" height="22"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="12" r="3"/><path d="M12 2.5v3M12 18.5v3M21.5 12h-3M5.5 12h-3M18.7 5.3l-2.1 2.1M7.4 16.6l-2.1 2.1M18.7 18.7l-2.1-2.1M7.4 7.4 5.3 5.3"/></g></svg>',
    grid: '<svg viewBox="0 0 24 24" width="20" height="20"><g fill="currentColor"><circle cx="5" cy="5" r="2"/><circle cx="12" cy="5" r="2"/><circle cx="19" cy="5" r="2"/><circle cx="5" cy="12" r="2"/><circle cx="12" cy="12" r="2"/><circle cx="19" cy="12" r="2"/><circle cx="5" cy="19" r="2"/><circle cx="12" cy="19" r="2"/><circle cx="19" cy="19" r="2"/></g></svg>',
    search: '<svg viewBox="0 0 24 24" width="18" height="18"><g fill="none" stroke="currentColor" stroke-width="2"><circle cx="10.5" cy="10.5" r="6.5"/><path stroke-linecap="round" d="m15.5 15.5 5 5"/></g></svg>',
    bell: '<svg viewBox="0 0 24 24" width="18" height="18"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0"/></svg>',
    chat: '<svg viewBox="0 0 24 24" width="18" height="18"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M4 5.5h16v10H10l-4.5 4v-4H4z"/></svg>',
    mail: '<svg viewBox="0 0 24 24" width="14" height="14"><g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"><rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/></g></svg>',
    close: '<svg viewBox="0 0 16 16" width="12" height="12"><path stroke="currentColor" stroke-width="1.6" stroke-linecap="round" d="m4 4 8 8M12 4l-8 8"/></svg>',
    chevron: '<svg viewBox="0 0 16 16" width="12" height="12"><path fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" d="m4 6 4 4 4-4"/></svg>',
    reply: '<svg viewBox="0 0 16 16" width="14" height="14"><path fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" d="M6.5 3.5 2.5 7.5l4 4M2.5 7.5h7a4 4 0 0 1 4 4v1"/></svg>',
    paperclip: '<svg viewBox="0 0 16 16" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" d="M13 7.5 8 12.5a3 3 0 0 1-4.3-4.3L9 3a2 2 0 0 1 2.8 2.8L6.6 11a1 1 0 0 1-1.4-1.4L10 4.8"/></svg>',
    user: '<svg viewBox="0 0 24 24" width="18" height="18"><g fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="12" cy="8" r="4"/><path d="M4 21c.8-4.2 3.8-6.5 8-6.5s7.2 2.3 8 6.5"/></g></svg>',
    book: '<svg viewBox="0 0 24 24" width="18" height="18"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M4 4.5h6a2 2 0 0 1 2 2v13a2 2 0 0 0-2-2H4zM20 4.5h-6a2 2 0 0 0-2 2v13a2 2 0 0 1 2-2h6z"/></svg>',
    apps: '<svg viewBox="0 0 24 24" width="18" height="18"><g fill="none" stroke="currentColor" stroke-width="1.8"><rect x="4" y="4" width="6.5" height="6.5" rx="1"/><rect x="13.5" y="4" width="6.5" height="6.5" rx="1"/><rect x="4" y="13.5" width="6.5" height="6.5" rx="1"/><rect x="13.5" y="13.5" width="6.5" height="6.5" rx="1"/></g></svg>',
    agentBadge: '<svg viewBox="0 0 12 12" width="10" height="10"><path fill="currentColor" d="M6 1.5a3 3 0 0 0-3 3v1.7H2.3v2.2H4V5.5a2 2 0 1 1 4 0v3.3H6.5v.9H9a1 1 0 0 0 1-1V6.2h-.2H9V4.5a3 3 0 0 0-3-3z"/></svg>',
    refresh: '<svg viewBox="0 0 16 16" width="14" height="14"><path fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" d="M13.5 8A5.5 5.5 0 1 1 11.9 4M13.5 2v3h-3"/></svg>',
    more: '<svg viewBox="0 0 16 16" width="16" height="16"><g fill="currentColor"><circle cx="3" cy="8" r="1.4"/><circle cx="8" cy="8" r="1.4"/><circle cx="13" cy="8" r="1.4"/></g></svg>',
    shop: '<svg viewBox="0 0 24 24" width="16" height="16"><path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M5 8h14l-1 12.5H6zM9 8V6.5a3 3 0 0 1 6 0V8"/></svg>',
  };

  function icon(name, className) {
    return h('span', { class: 'icon' + (className ? ' ' + className : ''), 'aria-hidden': 'true', html: ICONS[name] });
  }

  function initials(name) {
    const parts = name.trim().split(/\s+/);
    const first = parts[0] ? parts[0][0] : '';
    const last = parts.length > 1 ? parts[parts.length - 1][0] : '';
    return (first + last).toUpperCase();
  }

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  /** "Nov 18, 09:12", in UTC so that the page reads the same on every machine. */
  function shortDateTime(iso) {
    const d = new Date(iso);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }

  function shortDate(iso) {
    const d = new Date(iso);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }

  function fullDateTime(iso) {
    const d = new Date(iso);
    const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];
    return `${weekday}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  }

  function avatarDataUri(name, color) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">` +
      `<circle cx="16" cy="16" r="16" fill="${color}"/>` +
      `<text x="16" y="20.5" font-family="Arial, sans-serif" font-size="12" font-weight="700" fill="#fff" text-anchor="middle">${initials(name)}</text></svg>`;
    return 'data:image/svg+xml,' + encodeURIComponent(svg);
  }

  function userSlug(name) {
    return name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  function statusPill(status, compact) {
    return h(
      'span',
      { class: `status-pill status-pill--${status}${compact ? ' status-pill--compact' : ''}`, title: STATUS_LABELS[status] },
      compact ? STATUS_LABELS[status][0] : STATUS_LABELS[status],
    );
  }

  const ALLOWED_TAGS = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'A', 'UL', 'OL', 'LI']);

  /** Keeps only simple formatting from HTML that came through the composer or the API. */
  function sanitizeHtml(html) {
    const source = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
    const out = document.createElement('div');
    const copy = (from, to) => {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.append(node.textContent);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (ALLOWED_TAGS.has(node.tagName)) {
            const el = document.createElement(node.tagName.toLowerCase());
            if (node.tagName === 'A') {
              const href = node.getAttribute('href') || '';
              if (/^(https?:|mailto:)/i.test(href)) el.setAttribute('href', href);
              el.setAttribute('rel', 'noopener noreferrer');
              el.setAttribute('target', '_blank');
            }
            copy(node, el);
            to.append(el);
          } else {
            copy(node, to);
          }
        }
      }
    };
    copy(source, out);
    return out.innerHTML;
  }

  // ---------------------------------------------------------------- app frame

  const root = document.getElementById('root');
  const tablist = h('div', { 'data-test-id': 'header-tablist', role: 'tablist', class: 'header-tablist', 'aria-label': 'Open tickets' });
  const viewsList = h('div', { class: 'views-ticket-list', role: 'list' });
  const workspace = h('div', { class: 'workspace' });
  const dashboard = h('section', { class: 'dashboard', 'aria-label': 'Dashboard', hidden: true });
  const notFound = h('section', { class: 'not-found', hidden: true });
  const toast = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  const navLinks = {};

  function buildFrame() {
    const navItem = (key, label, href) => {
      const link = h('a', { class: 'product-nav-item', href, title: label, 'aria-label': label, 'data-demo-nav': key }, icon(key));
      navLinks[key] = link;
      return link;
    };
    const productNav = h(
      'nav',
      { class: 'product-nav', 'aria-label': 'Main navigation' },
      h('div', { class: 'product-nav-logo', title: 'Zendesk Support' }, icon('logo')),
      navItem('home', 'Home', '/agent/dashboard'),
      navItem('views', 'Views', '/agent/dashboard'),
      navItem('customers', 'Customers', '/agent/dashboard'),
      navItem('orgs', 'Organizations', '/agent/dashboard'),
      navItem('reporting', 'Reporting', '/agent/dashboard'),
      navItem('admin', 'Admin', '/agent/dashboard'),
      h('div', { class: 'product-nav-spacer' }),
      h('button', { class: 'product-nav-item', type: 'button', title: 'Zendesk products', 'aria-label': 'Zendesk products' }, icon('grid')),
    );

    const topBar = h(
      'header',
      { class: 'top-bar' },
      h('button', { class: 'add-button', type: 'button' }, h('span', { class: 'add-plus', 'aria-hidden': 'true' }, '+'), 'Add'),
      tablist,
      h('div', { class: 'top-bar-spacer' }),
      h(
        'div',
        { class: 'top-bar-actions' },
        h('label', { class: 'top-search' }, icon('search'), h('input', { type: 'search', placeholder: 'Search', 'aria-label': 'Search' })),
        h('button', { class: 'top-icon-button', type: 'button', 'aria-label': 'Conversations' }, icon('chat'), h('span', { class: 'top-counter' }, '0')),
        h('button', { class: 'top-icon-button', type: 'button', 'aria-label': 'Notifications' }, icon('bell')),
        h('button', { class: 'top-icon-button', type: 'button', 'aria-label': 'Zendesk products' }, icon('grid')),
        h(
          'button',
          { class: 'top-avatar', type: 'button', 'aria-label': `Profile: ${data.currentAgent.name}`, style: `background:${AGENT_COLORS[data.currentAgent.name]}` },
          initials(data.currentAgent.name),
          h('span', { class: 'presence-dot', 'aria-hidden': 'true' }),
        ),
      ),
    );

    const unsolved = tickets.filter((t) => t.status !== 'solved' && t.status !== 'closed').length;
    const viewRow = (label, count, active) =>
      h('a', { class: 'view-row' + (active ? ' view-row--active' : ''), href: '/agent/dashboard', 'data-demo-nav': 'view' }, h('span', {}, label), h('span', { class: 'view-count' }, String(count)));
    const viewsPanel = h(
      'section',
      { class: 'views-panel', 'aria-label': 'Views' },
      h('div', { class: 'views-header' }, h('h2', {}, 'Views'), h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Refresh views' }, icon('refresh'))),
      h(
        'div',
        { class: 'views-rows' },
        viewRow('Your unsolved tickets', unsolved, true),
        viewRow('Unassigned tickets', tickets.filter((t) => !t.assignee).length, false),
        viewRow('All unsolved tickets', unsolved + 38, false),
        viewRow('Recently updated tickets', 43, false),
        viewRow('Pending tickets', 6, false),
        viewRow('Recently solved tickets', 112, false),
      ),
      h('div', { class: 'views-subheader' }, h('span', {}, 'Your unsolved tickets'), h('span', { class: 'views-sort' }, 'Updated', icon('chevron'))),
      viewsList,
    );

    root.replaceChildren(
      h('div', { class: 'app' }, productNav, topBar, h('main', { class: 'main' }, viewsPanel, workspace), toast),
    );
    workspace.append(dashboard, notFound);
  }

  function renderViewsList() {
    const items = [...tickets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    viewsList.replaceChildren(
      ...items.map((ticket) =>
        h(
          'a',
          {
            class: 'ticket-card' + (ticket.id === state.activeId ? ' ticket-card--active' : ''),
            href: `/agent/tickets/${ticket.id}`,
            role: 'listitem',
            'aria-current': ticket.id === state.activeId ? 'page' : null,
            'data-demo-ticket-link': ticket.id,
          },
          h('div', { class: 'ticket-card-top' }, statusPill(state.statuses.get(ticket.id)), h('span', { class: 'ticket-card-id' }, `#${ticket.id}`), h('span', { class: 'ticket-card-date' }, shortDate(ticket.updatedAt))),
          h('div', { class: 'ticket-card-subject' }, ticket.subject),
          h('div', { class: 'ticket-card-requester' }, ticket.requester.name),
        ),
      ),
    );
  }

  function renderDashboard() {
    const rows = [...tickets]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((ticket) =>
        h(
          'tr',
          {},
          h('td', {}, statusPill(state.statuses.get(ticket.id))),
          h('td', { class: 'dash-subject' }, h('a', { href: `/agent/tickets/${ticket.id}`, 'data-demo-ticket-link': ticket.id }, ticket.subject)),
          h('td', {}, ticket.requester.name),
          h('td', {}, shortDate(ticket.createdAt)),
          h('td', {}, ticket.priority),
          h('td', {}, `#${ticket.id}`),
        ),
      );
    dashboard.replaceChildren(
      h('div', { class: 'dash-header' }, h('h1', {}, 'Your unsolved tickets'), h('span', { class: 'dash-count' }, `${tickets.length} tickets`)),
      h(
        'table',
        { class: 'dash-table' },
        h('thead', {}, h('tr', {}, ['Status', 'Subject', 'Requester', 'Requested', 'Priority', 'ID'].map((label) => h('th', {}, label)))),
        h('tbody', {}, rows),
      ),
    );
  }

  function renderTabs() {
    tablist.replaceChildren(
      ...state.openTabs.map((id) => {
        const ticket = ticketsById.get(id);
        const selected = id === state.activeId;
        return h(
          'a',
          {
            class: 'header-tab' + (selected ? ' header-tab--selected' : ''),
            'data-test-id': 'header-tab',
            'data-entity-type': 'TICKET_ENTITY_TYPE',
            'data-entity-id': id,
            'data-entity-is-selected': selected ? 'true' : 'false',
            href: `/agent/tickets/${id}`,
            role: 'tab',
            'aria-selected': selected ? 'true' : 'false',
            title: ticket.subject,
          },
          h('span', { class: 'header-tab-icon' }, icon('mail')),
          h(
            'span',
            { class: 'header-tab-text' },
            h('span', { class: 'header-tab-title', 'data-test-id': 'header-tab-title' }, ticket.subject),
            h('span', { class: 'header-tab-subtitle', 'data-test-id': 'header-tab-subtitle' }, `#${id}`),
          ),
          h('span', { class: 'header-tab-close', role: 'button', 'aria-label': `Close tab #${id}`, 'data-demo-close-tab': id }, icon('close')),
        );
      }),
    );
  }

  // ---------------------------------------------------------------- ticket pane

  function field(label, value, extra) {
    return h('div', { class: 'prop-field' + (extra && extra.half ? ' prop-field--half' : '') }, h('label', { class: 'prop-label', ...(extra && extra.labelAttrs) }, label), value);
  }

  function selectBox(text, attrs) {
    return h('div', { class: 'prop-select', ...attrs }, h('span', { class: 'prop-select-text' }, text), icon('chevron', 'prop-select-chevron'));
  }

  function buildProperties(ticket) {
    const r = ticket.requester;
    return h(
      'aside',
      { class: 'ticket-properties', 'aria-label': 'Ticket properties' },
      field('Brand', selectBox(data.account.name)),
      field(
        'Requester',
        h(
          'div',
          { class: 'prop-select prop-select--person', 'data-test-id': 'ticket-system-field-requester-select' },
          h('img', { class: 'prop-avatar', src: avatarDataUri(r.name, r.color), alt: '' }),
          h('span', { class: 'prop-select-text' }, r.name),
        ),
        { labelAttrs: { 'data-test-id': 'ticket-system-field-requester-label' } },
      ),
      field('Assignee', selectBox(ticket.assignee ? `${ticket.group}/${ticket.assignee}` : '-')),
      field('Followers', h('div', { class: 'prop-select prop-select--empty' }, 'Add followers')),
      field('Tags', h('div', { class: 'prop-tags', 'data-test-id': 'ticket-fields-tags' }, ticket.tags.map((tag) => h('span', { class: 'garden-tag-item' }, tag)))),
      h('div', { class: 'prop-row' }, field('Type', selectBox(ticket.type), { half: true }), field('Priority', selectBox(ticket.priority), { half: true })),
      field('Order number', h('div', { class: 'prop-input' }, ticket.orderField)),
      field('Shipping carrier', selectBox(ticket.id === '48213' ? 'DPD' : '-')),
    );
  }

  function buildContextPanel(ticket) {
    const r = ticket.requester;
    const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: r.timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date());
    const detail = (term, value) => h('div', { class: 'cc-detail' }, h('dt', {}, term), h('dd', {}, value));
    const orders = ticket.orders.map((order) =>
      h(
        'li',
        { class: 'cc-order' },
        h('div', { class: 'cc-order-main' }, h('span', { class: 'cc-order-number' }, `Order ${order.number}`), h('span', { class: `cc-order-status cc-order-status--${order.status.toLowerCase().replace(/\s+/g, '-')}` }, order.status)),
        h('div', { class: 'cc-order-meta' }, `${order.date} · ${order.total}`),
      ),
    );
    const history = [
      { id: ticket.id, subject: ticket.subject, status: state.statuses.get(ticket.id), at: ticket.createdAt, current: true },
      ...ticket.recentTickets,
    ].map((item) =>
      h(
        'li',
        { class: 'cc-event' + (item.current ? ' cc-event--current' : ''), 'data-customercontext-id': 'timeline.event' },
        statusPill(item.status, true),
        h(
          'div',
          { class: 'cc-event-body' },
          h('div', { class: 'cc-event-title' }, item.subject),
          h('div', { class: 'cc-event-meta' }, h('span', {}, `#${item.id}`), ' · ', h('span', { 'data-test-id': 'ticket-event-title-relative' }, item.current ? 'Current ticket' : shortDate(item.at))),
        ),
      ),
    );
    return h(
      'div',
      { class: 'context-panel', 'data-test-id': 'customer-context-panel', 'aria-label': 'Customer context' },
      h(
        'div',
        { class: 'context-tabs', 'data-test-id': 'customer-context-tab-navigation', role: 'tablist' },
        h('button', { class: 'context-tab context-tab--selected', type: 'button', role: 'tab', 'aria-selected': 'true', 'aria-label': 'Customer' }, icon('user')),
        h('button', { class: 'context-tab', type: 'button', role: 'tab', 'aria-selected': 'false', 'aria-label': 'Knowledge' }, icon('book')),
        h('button', { class: 'context-tab', type: 'button', role: 'tab', 'aria-selected': 'false', 'aria-label': 'Apps' }, icon('apps')),
      ),
      h(
        'div',
        { class: 'context-body' },
        h(
          'section',
          { class: 'cc-card' },
          h(
            'div',
            { class: 'cc-identity' },
            h('img', { class: 'cc-avatar', src: avatarDataUri(r.name, r.color), alt: '' }),
            h('div', {}, h('div', { class: 'cc-name' }, r.name), h('a', { class: 'cc-email', href: `mailto:${r.email}` }, r.email)),
          ),
          h(
            'dl',
            { class: 'cc-details' },
            detail('Local time', localTime),
            detail('Language', r.language),
            detail('Phone', r.phone),
            detail('Location', r.location),
            detail('Customer since', r.customerSince),
          ),
          h('textarea', { class: 'cc-notes', 'data-test-id': 'notes-edit-text-area-test-id', placeholder: 'Add user notes', rows: '2', 'aria-label': 'User notes' }),
        ),
        h('section', { class: 'cc-section' }, h('h3', { class: 'cc-section-title' }, icon('shop'), 'Shopify · Recent orders'), h('ul', { class: 'cc-orders' }, orders)),
        h('section', { class: 'cc-section' }, h('h3', { class: 'cc-section-title' }, 'Recent tickets'), h('ul', { class: 'cc-timeline' }, history)),
      ),
    );
  }

  function buildLogComment(item) {
    const isAgent = item.type !== 'end-user';
    const requesterColor = isAgent ? null : (ticketForAuthor(item.author) || {}).color;
    const color = isAgent ? AGENT_COLORS[item.author] || '#68737d' : requesterColor || '#68737d';
    const content = h('div', { class: 'zd-comment', dir: 'auto', html: item.html });
    const hasQuote = content.querySelector('.gmail_quote, blockquote') !== null;
    const message = h(
      'div',
      { class: 'log-message', 'data-test-id': 'omni-log-item-message', type: item.type },
      item.type === 'internal' ? h('div', { class: 'note-tag', 'data-test-id': 'omni-log-internal-note-tag' }, 'Internal note') : null,
      h('div', { class: 'log-message-content', 'data-test-id': 'omni-log-message-content' }, content),
      hasQuote ? h('button', { class: 'quote-toggle', type: 'button', 'aria-label': 'Show quoted text', title: 'Show quoted text', 'data-demo-quote-toggle': '' }, icon('more')) : null,
    );
    return h(
      'article',
      { class: `log-item log-item--${item.type}`, 'data-test-id': 'omni-log-comment-item' },
      h(
        'figure',
        { class: 'log-avatar', 'data-test-id': 'omni-log-base-avatar', style: `background:${color}` },
        h('span', { 'aria-hidden': 'true' }, initials(item.author)),
        isAgent ? h('div', { class: 'agent-badge', 'data-test-id': 'omni-log-avatar-badge-AgentBadge', title: 'Agent' }, icon('agentBadge')) : null,
      ),
      h(
        'div',
        { class: 'log-item-main' },
        h(
          'div',
          { class: 'log-item-header' },
          h(
            'div',
            { class: 'log-sender', 'data-test-id': 'omni-log-item-sender' },
            h('a', { class: 'log-sender-link', 'data-test-id': 'omni-log-comment-user-link', href: `/agent/users/${userSlug(item.author)}` }, item.author),
          ),
          item.type === 'end-user' ? h('span', { class: 'log-channel' }, icon('mail'), 'Email') : null,
          h('time', { class: 'log-time', 'data-test-id': 'timestamp-relative', datetime: item.at, title: fullDateTime(item.at) }, shortDateTime(item.at)),
        ),
        message,
      ),
    );
  }

  function ticketForAuthor(name) {
    const ticket = tickets.find((t) => t.requester.name === name);
    return ticket ? ticket.requester : null;
  }

  function buildSystemEvent(item) {
    return h(
      'div',
      { class: 'log-system-event', 'data-test-id': 'omni-log-system-event' },
      h('span', { class: 'log-system-event-text', html: item.html }),
      h('time', { class: 'log-system-event-time', datetime: item.at }, shortDateTime(item.at)),
    );
  }

  function buildComposer(ticket) {
    const r = ticket.requester;
    const editable = h('div', {
      class: 'composer-editable',
      'data-test-id': 'omnicomposer-rich-text-ckeditor',
      html: sanitizeHtml(state.drafts.get(ticket.id) || ''),
    });
    return h(
      'div',
      { class: 'composer', 'data-test-id': 'ticket-rich-text-editor' },
      h(
        'div',
        { class: 'composer-head' },
        h('button', { class: 'channel-switcher', type: 'button', 'data-test-id': 'omnichannel-channel-switcher-button' }, icon('reply'), 'Public reply', icon('chevron')),
        h(
          'div',
          { class: 'composer-recipients' },
          h('span', { class: 'composer-label' }, 'To'),
          h('span', { class: 'recipient-tag', 'data-garden-id': 'tags.tag' }, h('img', { 'data-garden-id': 'tags.avatar', alt: r.email, src: avatarDataUri(r.name, r.color) }), h('span', {}, r.name)),
        ),
        h('span', { class: 'composer-cc' }, 'CC'),
      ),
      editable,
      h(
        'div',
        { class: 'composer-footer' },
        h(
          'div',
          { class: 'composer-toolbar', 'data-test-id': 'omnichannel-composer-toolbar' },
          h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Attach file' }, icon('paperclip')),
          h('span', { class: 'composer-toolbar-ck' }),
        ),
        h(
          'div',
          { class: 'submit-group' },
          h('button', { class: 'submit-button', type: 'button', 'data-test-id': 'submit_button-button', 'data-demo-submit': ticket.id }, 'Submit as ', h('strong', {}, 'Open')),
          h('button', { class: 'submit-menu', type: 'button', 'aria-label': 'More submit options' }, icon('chevron')),
        ),
      ),
    );
  }

  function buildPaneContent(ticket, comments) {
    const status = state.statuses.get(ticket.id);
    const log = h('div', { class: 'omni-log', 'data-test-id': 'omni-log-container', 'aria-label': 'Conversation log' });
    if (comments === null) {
      log.append(h('div', { class: 'log-loading', 'aria-label': 'Loading conversation' }, h('div', { class: 'skeleton' }), h('div', { class: 'skeleton skeleton--short' }), h('div', { class: 'skeleton' })));
    } else {
      log.append(h('div', { class: 'log-sentinel', id: `convo_log_sentinel_${ticket.id}` }));
      for (const item of ticket.log) log.append(item.kind === 'event' ? buildSystemEvent(item) : buildLogComment(item));
      for (const comment of comments) log.append(buildLogComment(submittedToItem(comment)));
    }
    return h(
      'div',
      { class: 'ticket-pane', 'data-side-conversations-anchor-id': ticket.id },
      h(
        'div',
        { class: 'pane-toolbar' },
        h(
          'nav',
          { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' },
          h('span', {}, data.account.name),
          h('span', { class: 'crumb-sep' }, '›'),
          h('span', {}, ticket.requester.name),
          h('span', { class: 'crumb-sep' }, '›'),
          statusPill(status),
          h('span', { class: 'crumb-current' }, `Ticket #${ticket.id}`),
        ),
        h('div', { class: 'pane-toolbar-actions' }, h('button', { class: 'ghost-button', type: 'button' }, 'Next'), h('button', { class: 'icon-button', type: 'button', 'aria-label': 'Ticket options' }, icon('more'))),
      ),
      buildProperties(ticket),
      h(
        'section',
        { class: 'conversation-pane', 'data-support-suite-trial-onboarding-id': 'conversationPane', 'aria-label': 'Conversation' },
        h(
          'header',
          { class: 'omni-header' },
          h('input', { class: 'subject-input', type: 'text', 'data-test-id': 'omni-header-subject', 'aria-label': 'Subject', value: ticket.subject }),
          h(
            'div',
            { class: 'omni-header-meta' },
            h('span', { class: 'via-label', 'data-test-id': 'omni-header-via-label' }, icon('mail'), `via ${ticket.via}`),
            h('span', {}, `Created ${shortDateTime(ticket.createdAt)}`),
            h('span', {}, `Updated ${shortDateTime(ticket.updatedAt)}`),
          ),
        ),
        log,
        buildComposer(ticket),
      ),
      buildContextPanel(ticket),
    );
  }

  function submittedToItem(comment) {
    return { kind: 'comment', type: 'agent', author: comment.author, at: comment.at, html: sanitizeHtml(comment.html) };
  }

  function getOrCreatePane(id) {
    let pane = state.panes.get(id);
    if (!pane) {
      pane = h('div', { class: 'ticket-panes-grid-layout', 'data-is-active': 'false' });
      state.panes.set(id, pane);
      workspace.append(pane);
    }
    return pane;
  }

  function setPaneActive(pane, active) {
    pane.setAttribute('data-is-active', active ? 'true' : 'false');
    pane.classList.toggle('active', active);
  }

  /** (Re)renders one pane: the shell at once, the log once the server's comments are in. */
  function renderPane(id, withEditor) {
    const ticket = ticketsById.get(id);
    const pane = getOrCreatePane(id);
    const token = (state.paneTokens.get(id) || 0) + 1;
    state.paneTokens.set(id, token);
    pane.replaceChildren(buildPaneContent(ticket, null));
    fetchComments(id).then((comments) => {
      if (state.paneTokens.get(id) !== token || !pane.isConnected) return;
      pane.replaceChildren(buildPaneContent(ticket, comments));
      const log = pane.querySelector('[data-test-id="omni-log-container"]');
      log.scrollTop = log.scrollHeight;
      if (withEditor && state.activeId === id) createEditor(pane, id);
    });
  }

  function fetchComments(id) {
    return fetch(`/api/tickets/${id}/comments`, { headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? res.json() : { comments: [] }))
      .then((body) => (Array.isArray(body.comments) ? body.comments : []))
      .catch(() => []);
  }

  // ---------------------------------------------------------------- editor

  function createEditor(pane, id) {
    const ck = window.CKEDITOR;
    const editable = pane.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]');
    const composer = pane.querySelector('[data-test-id="ticket-rich-text-editor"]');
    if (!ck || !editable) return;
    const token = ++state.editorToken;
    ck.DecoupledEditor.create(editable, {
      licenseKey: 'GPL',
      plugins: [ck.Essentials, ck.Paragraph, ck.Bold, ck.Italic, ck.Link, ck.List],
      toolbar: { items: ['bold', 'italic', '|', 'link', '|', 'bulletedList', 'numberedList'], shouldNotGroupWhenFull: true },
      link: { defaultProtocol: 'https://' },
      placeholder: 'Add a public reply or @mention an agent',
    })
      .then((editor) => {
        if (token !== state.editorToken || state.activeId !== id || !editable.isConnected) {
          editor.destroy().catch(() => undefined);
          return;
        }
        state.editor = editor;
        state.editorTicketId = id;
        window.demoEditor = editor;
        const toolbarHost = composer.querySelector('.composer-toolbar-ck');
        toolbarHost.append(editor.ui.view.toolbar.element);
        composer.setAttribute('data-demo-editor-ready', 'true');
        window.dispatchEvent(new CustomEvent('demo-helpdesk:editor-ready', { detail: { ticketId: id } }));
      })
      .catch((error) => {
        console.error('[demo helpdesk] CKEditor failed to start', error);
      });
  }

  /** Keeps the draft, tears the editor down and leaves the draft as static text in its pane. */
  function destroyEditor() {
    state.editorToken++;
    const editor = state.editor;
    const id = state.editorTicketId;
    state.editor = null;
    state.editorTicketId = null;
    // Absent (not null) while no editor is ready, so that `'demoEditor' in window` means "ready".
    delete window.demoEditor;
    if (!editor) return;
    const draft = editor.getData();
    state.drafts.set(id, draft);
    const editable = editor.ui.getEditableElement();
    const composer = editable ? editable.closest('[data-test-id="ticket-rich-text-editor"]') : null;
    if (composer) composer.removeAttribute('data-demo-editor-ready');
    const toolbar = editor.ui.view.toolbar.element;
    editor
      .destroy()
      .then(() => {
        if (toolbar) toolbar.remove();
        if (editable && editable.isConnected) editable.innerHTML = sanitizeHtml(draft);
      })
      .catch((error) => console.error('[demo helpdesk] CKEditor failed to stop', error));
  }

  function submit(id, button) {
    const editor = state.editor;
    if (!editor || state.editorTicketId !== id) return;
    const html = editor.getData();
    if (html.trim() === '') {
      showToast('Add a comment before submitting.', true);
      editor.editing.view.focus();
      return;
    }
    button.disabled = true;
    fetch(`/api/tickets/${id}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ html }),
    })
      .then((res) => {
        if (res.status !== 201) throw new Error(`HTTP ${res.status}`);
        return res.json();
      })
      .then((body) => {
        const pane = state.panes.get(id);
        const log = pane ? pane.querySelector('[data-test-id="omni-log-container"]') : null;
        if (log) {
          log.append(buildLogComment(submittedToItem(body.comment)));
          log.scrollTop = log.scrollHeight;
        }
        if (state.editor === editor) editor.setData('');
        state.drafts.set(id, '');
        if (state.statuses.get(id) === 'new') {
          state.statuses.set(id, 'open');
          renderViewsList();
        }
        showToast(`Ticket #${id} updated`);
      })
      .catch((error) => showToast(`Could not submit the comment (${error.message}).`, true))
      .finally(() => {
        button.disabled = false;
      });
  }

  let toastTimer = null;
  function showToast(text, isError) {
    toast.textContent = text;
    toast.classList.toggle('toast--error', Boolean(isError));
    toast.classList.add('toast--visible');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => toast.classList.remove('toast--visible'), 2600);
  }

  // ---------------------------------------------------------------- routing

  function parseRoute(pathname) {
    const ticket = /^\/agent\/tickets\/(\d+)(?:\/events)?\/?$/.exec(pathname);
    if (ticket) return { kind: 'ticket', id: ticket[1] };
    return { kind: 'dashboard' };
  }

  function applyRoute() {
    const route = parseRoute(location.pathname);
    if (route.kind === 'ticket' && ticketsById.has(route.id)) openTicket(route.id);
    else if (route.kind === 'ticket') showOther('not-found', route.id);
    else showOther('dashboard');
  }

  function openTicket(id) {
    dashboard.hidden = true;
    notFound.hidden = true;
    if (state.activeId === id) return;
    destroyEditor();
    if (!state.openTabs.includes(id)) state.openTabs.push(id);
    for (const pane of state.panes.values()) setPaneActive(pane, false);
    state.activeId = id;
    const pane = getOrCreatePane(id);
    setPaneActive(pane, true);
    renderPane(id, true);
    renderTabs();
    renderViewsList();
    setNavActive(null);
    document.title = `${ticketsById.get(id).subject} – Ticket #${id} – ${data.account.name} – Zendesk`;
  }

  function showOther(kind, id) {
    destroyEditor();
    state.activeId = null;
    for (const pane of state.panes.values()) setPaneActive(pane, false);
    dashboard.hidden = kind !== 'dashboard';
    notFound.hidden = kind !== 'not-found';
    if (kind === 'dashboard') {
      renderDashboard();
      document.title = `Dashboard – ${data.account.name} – Zendesk`;
    } else {
      notFound.replaceChildren(h('h1', {}, 'This ticket could not be found'), h('p', {}, `Ticket #${id} does not exist or you do not have access to it.`), h('a', { href: '/agent/dashboard' }, 'Back to your dashboard'));
      document.title = `Ticket not found – ${data.account.name} – Zendesk`;
    }
    renderTabs();
    renderViewsList();
    setNavActive(kind === 'dashboard' ? 'home' : null);
  }

  function setNavActive(key) {
    for (const [name, link] of Object.entries(navLinks)) link.classList.toggle('product-nav-item--active', name === key);
  }

  function navigate(path) {
    if (location.pathname !== path) history.pushState({}, '', path);
    applyRoute();
  }

  function closeTab(id) {
    const index = state.openTabs.indexOf(id);
    if (index === -1) return;
    state.openTabs.splice(index, 1);
    const wasActive = state.activeId === id;
    if (wasActive) destroyEditor();
    const pane = state.panes.get(id);
    if (pane) pane.remove();
    state.panes.delete(id);
    state.paneTokens.delete(id);
    if (wasActive) {
      state.activeId = null;
      const next = state.openTabs[Math.min(index, state.openTabs.length - 1)];
      navigate(next ? `/agent/tickets/${next}` : '/agent/dashboard');
    } else {
      renderTabs();
    }
  }

  function onClick(event) {
    const target = event.target;
    if (!(target instanceof window.Element)) return;
    if (target.closest('[contenteditable="true"]')) return;
    const close = target.closest('[data-demo-close-tab]');
    if (close) {
      event.preventDefault();
      event.stopPropagation();
      closeTab(close.getAttribute('data-demo-close-tab'));
      return;
    }
    const submitButton = target.closest('[data-demo-submit]');
    if (submitButton) {
      submit(submitButton.getAttribute('data-demo-submit'), submitButton);
      return;
    }
    const quoteToggle = target.closest('[data-demo-quote-toggle]');
    if (quoteToggle) {
      const message = quoteToggle.closest('[data-test-id="omni-log-item-message"]');
      const shown = message.classList.toggle('log-message--quoted-visible');
      quoteToggle.setAttribute('aria-label', shown ? 'Hide quoted text' : 'Show quoted text');
      return;
    }
    const link = target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href');
    if (href.startsWith('/agent/')) {
      event.preventDefault();
      if (href.startsWith('/agent/tickets/') || href === '/agent/dashboard') navigate(href);
    }
  }

  // ---------------------------------------------------------------- boot

  function initialTabs(requestedId) {
    const param = new URLSearchParams(location.search).get('tabs');
    if (param !== null) {
      return param.split(',').map((s) => s.trim()).filter((id) => ticketsById.has(id));
    }
    if (!requestedId) return [];
    // Zendesk restores the tabs of the previous session: one other ticket is already open.
    return [requestedId === '48216' ? '48213' : '48216'];
  }

  function boot() {
    buildFrame();
    const route = parseRoute(location.pathname);
    const requestedId = route.kind === 'ticket' && ticketsById.has(route.id) ? route.id : null;
    for (const id of initialTabs(requestedId)) {
      if (id === requestedId || state.openTabs.includes(id)) continue;
      state.openTabs.push(id);
      renderPane(id, false);
    }
    document.addEventListener('click', onClick);
    window.addEventListener('popstate', applyRoute);
    window.demoHelpdesk = {
      navigate,
      get activeTicketId() {
        return state.activeId;
      },
    };
    applyRoute();
  }

  boot();
})();
