-- Where or when a technique was used, as the client tagged it (optional): a code of app.tandem.coping.UseContext
-- (home, work-or-school, out-and-about, bedtime, with-others, alone); NULL when the client left it empty.
ALTER TABLE coping_use ADD COLUMN context_tag VARCHAR(20);
