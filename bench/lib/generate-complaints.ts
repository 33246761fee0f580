import postgres from "postgres";

const BATCH = 100_000;

/**
 * A catalogue larger than the demo (60 agencies, 600 services, 1,000 places, 20 investigators), `incidents` incidents
 * and `complaints` complaints spread over two years, in batches of 100,000 statements' worth; returns the seconds taken.
 */
export async function generateComplaints(url: string, { complaints: COMPLAINTS, incidents: INCIDENTS }: { complaints: number; incidents: number }) {
  const pg = postgres(url, { max: 1, onnotice: () => {} });
  const t0 = performance.now();
  // A larger catalogue than the demo: 60 agencies, 600 services, 1,000 places, 20 investigators.
  await pg.unsafe(`
    insert into agencies (slug, name_id, name_en, kind)
      select 'bench-agency-' || g, 'Instansi ' || g, 'Agency ' || g, 'agency' from generate_series(1, 60) g;
    insert into services (agency_id, code, name_id, name_en, keywords)
      select a.id, 'bench-svc-' || a.slug || '-' || g, 'Layanan ' || g || ' ' || a.name_id, 'Service ' || g, 'antrean sistem'
      from agencies a cross join generate_series(1, 10) g where a.slug like 'bench-agency-%';
    insert into places (slug, name, lat, lng)
      select 'bench-place-' || g, 'Tempat ' || g, -6 - random(), 106 + random() from generate_series(1, 1000) g;
    insert into users (email, name, password_hash, role)
      select 'bench-inv-' || g || '@example.com', 'Investigator ' || g, 'x', 'investigator' from generate_series(1, 20) g;
    create temp table svc as select row_number() over () as n, id, agency_id from services;
    create temp table plc as select row_number() over () as n, id from places;
    create temp table inv as select row_number() over () as n, id from users where role = 'investigator';
  `);
  const [{ nsvc }] = (await pg`select count(*)::int as nsvc from svc`) as unknown as [{ nsvc: number }];
  const [{ nplc }] = (await pg`select count(*)::int as nplc from plc`) as unknown as [{ nplc: number }];
  await pg.unsafe(`
    insert into incidents (code, title_id, agency_id, service_id, state, public_status, report_count, first_report_at, last_report_at, is_public)
      select 'INC-B' || lpad(g::text, 6, '0'), 'Insiden uji ' || g, s.agency_id, s.id,
        (array['candidate','confirmed','confirmed','confirmed'])[1 + g % 4],
        (array['investigating','identified','monitoring','resolved'])[1 + g % 4],
        0, now() - (g % 730) * interval '1 day' - interval '6 hours', now() - (g % 730) * interval '1 day', g % 4 <> 0
      from generate_series(1, ${INCIDENTS}) g join svc s on s.n = 1 + g % ${nsvc};
    create temp table inc as select row_number() over () as n, id from incidents;
    create index on inc (n);
    analyze inc;
  `);
  const words = [
    "antrean",
    "panjang",
    "server",
    "gangguan",
    "petugas",
    "formulir",
    "kertas",
    "bandara",
    "stasiun",
    "ktp",
    "pungutan",
    "liar",
    "ditolak",
    "menunggu",
    "berdesakan",
    "sistem",
    "mati",
    "loket",
    "blanko",
    "habis",
  ];
  for (let offset = 0; offset < COMPLAINTS; offset += BATCH) {
    const n = Math.min(BATCH, COMPLAINTS - offset);
    await pg.unsafe(`
      insert into complaints (tracking_code, idempotency_key, category, agency_id, service_id, place_id, occurred_at, description,
                              stage, outcome, priority, assignee_id, incident_id, due_at, created_at, updated_at, stage_changed_at, closed_at)
      select
        -- Unique, not random: generated rows need no secrecy.
        substr(upper(lpad(to_hex(k), 10, '0')), 1, 4) || '-' || substr(upper(lpad(to_hex(k), 10, '0')), 5, 4) || '-' || substr(upper(lpad(to_hex(k), 10, '0')), 9, 2),
        'bench-' || k,
        (array['crowding','system_down','service_refused','illegal_fee','officer_conduct','unclear_information','other'])[1 + k % 7],
        s.agency_id, s.id, p.id, ts - interval '1 hour',
        'Laporan uji ' || k || ': ' || (array[${words.map((w) => `'${w}'`).join(",")}])[1 + k % 20] || ' ' ||
          (array[${words.map((w) => `'${w}'`).join(",")}])[1 + (k / 20) % 20] || ' ' || (array[${words.map((w) => `'${w}'`).join(",")}])[1 + (k / 400) % 20] ||
          ' di ' || p.n || ', mohon ditindaklanjuti segera.',
        st.stage, case when st.stage = 'closed' then 'resolved_by_agency' end,
        (array['low','normal','normal','normal','high','urgent'])[1 + k % 6],
        case when k % 3 = 0 then i.id end,
        case when x.k % 10 < 3 then ic.id end,
        case when st.stage <> 'closed' then ts + (k % 60 - 20) * interval '1 day' end,
        ts, ts, ts, case when st.stage = 'closed' then ts + interval '10 days' end
      from (select k, now() - (k % 730) * interval '1 day' - (k % 86400) * interval '1 second' as ts
            from generate_series(${offset + 1}, ${offset + n}) k) x
      cross join lateral (select (array['received','formal_verification','awaiting_reporter','material_verification','examination','closed','closed','closed'])[1 + x.k % 8] as stage) st
      join svc s on s.n = 1 + x.k % ${nsvc}
      join plc p on p.n = 1 + (x.k * 7) % ${nplc}
      join inv i on i.n = 1 + x.k % 20
      left join inc ic on ic.n = 1 + x.k % ${INCIDENTS}
    `);
    process.stdout.write(`  ${offset + n} complaints\r`);
  }
  await pg.unsafe(`
    update incidents i set report_count = c.n from (select incident_id, count(*)::int n from complaints where incident_id is not null group by 1) c where c.incident_id = i.id;
    insert into incident_places (incident_id, place_id) select distinct incident_id, place_id from complaints where incident_id is not null and place_id is not null on conflict do nothing;
  `);
  await pg.unsafe("vacuum analyze");
  await pg.end();
  return (performance.now() - t0) / 1000;
}
