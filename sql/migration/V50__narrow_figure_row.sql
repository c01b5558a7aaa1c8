-- A narrower figure row (issue 13). A country's 40,000 reports are 8 million figure rows, and each carried its metric
-- code as text (50 bytes on disk on average), where it was found in the file (44 bytes) and the text as written (the
-- value's own digits in nine rows of ten): 269 bytes a row with its primary key's index, measured on 2,000 units.

-- The form's metrics (spec/metrics.csv, model.MetricCatalog), each with the small key that figure rows store instead
-- of the code: a metric's key is its line in metrics.csv (the first metric 1), as MetricCatalog.key gives it, and never
-- changes; a metric added to the form gets the next key in a migration of its own (MetricTableTests compares this
-- table with the catalogue).
create table metric (
	key smallint primary key,
	code text not null unique
);

insert into metric (key, code) values
	(1, 'proactive.rules.new_made'),
	(2, 'proactive.rules.new_published'),
	(3, 'proactive.rules.total_published'),
	(4, 'proactive.rules.issued'),
	(5, 'proactive.rules.repealed'),
	(6, 'proactive.rules.in_force'),
	(7, 'proactive.normative_docs.new_made'),
	(8, 'proactive.normative_docs.new_published'),
	(9, 'proactive.normative_docs.total_published'),
	(10, 'proactive.normative_docs.issued'),
	(11, 'proactive.normative_docs.repealed'),
	(12, 'proactive.normative_docs.in_force'),
	(13, 'proactive.licensing.items_last_year'),
	(14, 'proactive.licensing.items_change'),
	(15, 'proactive.licensing.decisions'),
	(16, 'proactive.other_services.items_last_year'),
	(17, 'proactive.other_services.items_change'),
	(18, 'proactive.other_services.decisions'),
	(19, 'proactive.penalty.items_last_year'),
	(20, 'proactive.penalty.items_change'),
	(21, 'proactive.penalty.decisions'),
	(22, 'proactive.coercion.items_last_year'),
	(23, 'proactive.coercion.items_change'),
	(24, 'proactive.coercion.decisions'),
	(25, 'proactive.fees.items_last_year'),
	(26, 'proactive.fees.items_change'),
	(27, 'proactive.fees.amount'),
	(28, 'proactive.procurement.projects'),
	(29, 'proactive.procurement.amount'),
	(30, 'applications.new.natural_person'),
	(31, 'applications.new.enterprise'),
	(32, 'applications.new.research'),
	(33, 'applications.new.public_interest'),
	(34, 'applications.new.legal_services'),
	(35, 'applications.new.other_org'),
	(36, 'applications.new.total'),
	(37, 'applications.carried_over.natural_person'),
	(38, 'applications.carried_over.enterprise'),
	(39, 'applications.carried_over.research'),
	(40, 'applications.carried_over.public_interest'),
	(41, 'applications.carried_over.legal_services'),
	(42, 'applications.carried_over.other_org'),
	(43, 'applications.carried_over.total'),
	(44, 'applications.result.disclosed.natural_person'),
	(45, 'applications.result.disclosed.enterprise'),
	(46, 'applications.result.disclosed.research'),
	(47, 'applications.result.disclosed.public_interest'),
	(48, 'applications.result.disclosed.legal_services'),
	(49, 'applications.result.disclosed.other_org'),
	(50, 'applications.result.disclosed.total'),
	(51, 'applications.result.partially_disclosed.natural_person'),
	(52, 'applications.result.partially_disclosed.enterprise'),
	(53, 'applications.result.partially_disclosed.research'),
	(54, 'applications.result.partially_disclosed.public_interest'),
	(55, 'applications.result.partially_disclosed.legal_services'),
	(56, 'applications.result.partially_disclosed.other_org'),
	(57, 'applications.result.partially_disclosed.total'),
	(58, 'applications.result.withheld.state_secret.natural_person'),
	(59, 'applications.result.withheld.state_secret.enterprise'),
	(60, 'applications.result.withheld.state_secret.research'),
	(61, 'applications.result.withheld.state_secret.public_interest'),
	(62, 'applications.result.withheld.state_secret.legal_services'),
	(63, 'applications.result.withheld.state_secret.other_org'),
	(64, 'applications.result.withheld.state_secret.total'),
	(65, 'applications.result.withheld.prohibited_by_law.natural_person'),
	(66, 'applications.result.withheld.prohibited_by_law.enterprise'),
	(67, 'applications.result.withheld.prohibited_by_law.research'),
	(68, 'applications.result.withheld.prohibited_by_law.public_interest'),
	(69, 'applications.result.withheld.prohibited_by_law.legal_services'),
	(70, 'applications.result.withheld.prohibited_by_law.other_org'),
	(71, 'applications.result.withheld.prohibited_by_law.total'),
	(72, 'applications.result.withheld.security_stability.natural_person'),
	(73, 'applications.result.withheld.security_stability.enterprise'),
	(74, 'applications.result.withheld.security_stability.research'),
	(75, 'applications.result.withheld.security_stability.public_interest'),
	(76, 'applications.result.withheld.security_stability.legal_services'),
	(77, 'applications.result.withheld.security_stability.other_org'),
	(78, 'applications.result.withheld.security_stability.total'),
	(79, 'applications.result.withheld.third_party_rights.natural_person'),
	(80, 'applications.result.withheld.third_party_rights.enterprise'),
	(81, 'applications.result.withheld.third_party_rights.research'),
	(82, 'applications.result.withheld.third_party_rights.public_interest'),
	(83, 'applications.result.withheld.third_party_rights.legal_services'),
	(84, 'applications.result.withheld.third_party_rights.other_org'),
	(85, 'applications.result.withheld.third_party_rights.total'),
	(86, 'applications.result.withheld.internal_affairs.natural_person'),
	(87, 'applications.result.withheld.internal_affairs.enterprise'),
	(88, 'applications.result.withheld.internal_affairs.research'),
	(89, 'applications.result.withheld.internal_affairs.public_interest'),
	(90, 'applications.result.withheld.internal_affairs.legal_services'),
	(91, 'applications.result.withheld.internal_affairs.other_org'),
	(92, 'applications.result.withheld.internal_affairs.total'),
	(93, 'applications.result.withheld.process_info.natural_person'),
	(94, 'applications.result.withheld.process_info.enterprise'),
	(95, 'applications.result.withheld.process_info.research'),
	(96, 'applications.result.withheld.process_info.public_interest'),
	(97, 'applications.result.withheld.process_info.legal_services'),
	(98, 'applications.result.withheld.process_info.other_org'),
	(99, 'applications.result.withheld.process_info.total'),
	(100, 'applications.result.withheld.enforcement_files.natural_person'),
	(101, 'applications.result.withheld.enforcement_files.enterprise'),
	(102, 'applications.result.withheld.enforcement_files.research'),
	(103, 'applications.result.withheld.enforcement_files.public_interest'),
	(104, 'applications.result.withheld.enforcement_files.legal_services'),
	(105, 'applications.result.withheld.enforcement_files.other_org'),
	(106, 'applications.result.withheld.enforcement_files.total'),
	(107, 'applications.result.withheld.query_matters.natural_person'),
	(108, 'applications.result.withheld.query_matters.enterprise'),
	(109, 'applications.result.withheld.query_matters.research'),
	(110, 'applications.result.withheld.query_matters.public_interest'),
	(111, 'applications.result.withheld.query_matters.legal_services'),
	(112, 'applications.result.withheld.query_matters.other_org'),
	(113, 'applications.result.withheld.query_matters.total'),
	(114, 'applications.result.unavailable.not_held.natural_person'),
	(115, 'applications.result.unavailable.not_held.enterprise'),
	(116, 'applications.result.unavailable.not_held.research'),
	(117, 'applications.result.unavailable.not_held.public_interest'),
	(118, 'applications.result.unavailable.not_held.legal_services'),
	(119, 'applications.result.unavailable.not_held.other_org'),
	(120, 'applications.result.unavailable.not_held.total'),
	(121, 'applications.result.unavailable.needs_creation.natural_person'),
	(122, 'applications.result.unavailable.needs_creation.enterprise'),
	(123, 'applications.result.unavailable.needs_creation.research'),
	(124, 'applications.result.unavailable.needs_creation.public_interest'),
	(125, 'applications.result.unavailable.needs_creation.legal_services'),
	(126, 'applications.result.unavailable.needs_creation.other_org'),
	(127, 'applications.result.unavailable.needs_creation.total'),
	(128, 'applications.result.unavailable.unclear_after_correction.natural_person'),
	(129, 'applications.result.unavailable.unclear_after_correction.enterprise'),
	(130, 'applications.result.unavailable.unclear_after_correction.research'),
	(131, 'applications.result.unavailable.unclear_after_correction.public_interest'),
	(132, 'applications.result.unavailable.unclear_after_correction.legal_services'),
	(133, 'applications.result.unavailable.unclear_after_correction.other_org'),
	(134, 'applications.result.unavailable.unclear_after_correction.total'),
	(135, 'applications.result.not_processed.petition_complaint.natural_person'),
	(136, 'applications.result.not_processed.petition_complaint.enterprise'),
	(137, 'applications.result.not_processed.petition_complaint.research'),
	(138, 'applications.result.not_processed.petition_complaint.public_interest'),
	(139, 'applications.result.not_processed.petition_complaint.legal_services'),
	(140, 'applications.result.not_processed.petition_complaint.other_org'),
	(141, 'applications.result.not_processed.petition_complaint.total'),
	(142, 'applications.result.not_processed.duplicate.natural_person'),
	(143, 'applications.result.not_processed.duplicate.enterprise'),
	(144, 'applications.result.not_processed.duplicate.research'),
	(145, 'applications.result.not_processed.duplicate.public_interest'),
	(146, 'applications.result.not_processed.duplicate.legal_services'),
	(147, 'applications.result.not_processed.duplicate.other_org'),
	(148, 'applications.result.not_processed.duplicate.total'),
	(149, 'applications.result.not_processed.publication.natural_person'),
	(150, 'applications.result.not_processed.publication.enterprise'),
	(151, 'applications.result.not_processed.publication.research'),
	(152, 'applications.result.not_processed.publication.public_interest'),
	(153, 'applications.result.not_processed.publication.legal_services'),
	(154, 'applications.result.not_processed.publication.other_org'),
	(155, 'applications.result.not_processed.publication.total'),
	(156, 'applications.result.not_processed.excessive_repeat.natural_person'),
	(157, 'applications.result.not_processed.excessive_repeat.enterprise'),
	(158, 'applications.result.not_processed.excessive_repeat.research'),
	(159, 'applications.result.not_processed.excessive_repeat.public_interest'),
	(160, 'applications.result.not_processed.excessive_repeat.legal_services'),
	(161, 'applications.result.not_processed.excessive_repeat.other_org'),
	(162, 'applications.result.not_processed.excessive_repeat.total'),
	(163, 'applications.result.not_processed.confirm_or_reissue.natural_person'),
	(164, 'applications.result.not_processed.confirm_or_reissue.enterprise'),
	(165, 'applications.result.not_processed.confirm_or_reissue.research'),
	(166, 'applications.result.not_processed.confirm_or_reissue.public_interest'),
	(167, 'applications.result.not_processed.confirm_or_reissue.legal_services'),
	(168, 'applications.result.not_processed.confirm_or_reissue.other_org'),
	(169, 'applications.result.not_processed.confirm_or_reissue.total'),
	(170, 'applications.result.other.natural_person'),
	(171, 'applications.result.other.enterprise'),
	(172, 'applications.result.other.research'),
	(173, 'applications.result.other.public_interest'),
	(174, 'applications.result.other.legal_services'),
	(175, 'applications.result.other.other_org'),
	(176, 'applications.result.other.total'),
	(177, 'applications.result.other.no_correction.natural_person'),
	(178, 'applications.result.other.no_correction.enterprise'),
	(179, 'applications.result.other.no_correction.research'),
	(180, 'applications.result.other.no_correction.public_interest'),
	(181, 'applications.result.other.no_correction.legal_services'),
	(182, 'applications.result.other.no_correction.other_org'),
	(183, 'applications.result.other.no_correction.total'),
	(184, 'applications.result.other.unpaid_fee.natural_person'),
	(185, 'applications.result.other.unpaid_fee.enterprise'),
	(186, 'applications.result.other.unpaid_fee.research'),
	(187, 'applications.result.other.unpaid_fee.public_interest'),
	(188, 'applications.result.other.unpaid_fee.legal_services'),
	(189, 'applications.result.other.unpaid_fee.other_org'),
	(190, 'applications.result.other.unpaid_fee.total'),
	(191, 'applications.result.other.other.natural_person'),
	(192, 'applications.result.other.other.enterprise'),
	(193, 'applications.result.other.other.research'),
	(194, 'applications.result.other.other.public_interest'),
	(195, 'applications.result.other.other.legal_services'),
	(196, 'applications.result.other.other.other_org'),
	(197, 'applications.result.other.other.total'),
	(198, 'applications.result.total.natural_person'),
	(199, 'applications.result.total.enterprise'),
	(200, 'applications.result.total.research'),
	(201, 'applications.result.total.public_interest'),
	(202, 'applications.result.total.legal_services'),
	(203, 'applications.result.total.other_org'),
	(204, 'applications.result.total.total'),
	(205, 'applications.carried_forward.natural_person'),
	(206, 'applications.carried_forward.enterprise'),
	(207, 'applications.carried_forward.research'),
	(208, 'applications.carried_forward.public_interest'),
	(209, 'applications.carried_forward.legal_services'),
	(210, 'applications.carried_forward.other_org'),
	(211, 'applications.carried_forward.total'),
	(212, 'review.reconsideration.upheld'),
	(213, 'review.reconsideration.corrected'),
	(214, 'review.reconsideration.other'),
	(215, 'review.reconsideration.pending'),
	(216, 'review.reconsideration.total'),
	(217, 'review.litigation_direct.upheld'),
	(218, 'review.litigation_direct.corrected'),
	(219, 'review.litigation_direct.other'),
	(220, 'review.litigation_direct.pending'),
	(221, 'review.litigation_direct.total'),
	(222, 'review.litigation_after_reconsideration.upheld'),
	(223, 'review.litigation_after_reconsideration.corrected'),
	(224, 'review.litigation_after_reconsideration.other'),
	(225, 'review.litigation_after_reconsideration.pending'),
	(226, 'review.litigation_after_reconsideration.total');

-- Where each figure was found in the file (表三 第5行第3列（原文第121行）, model.Cell.location), once per submission:
-- element k is the location of the figure of the metric of key k, null where the report has none or none was
-- recorded. A report's locations are a few hundred similar strings, which the column's compression keeps to about 8
-- bytes a figure; only the console shows them, one submission at a time.
create table figure_location (
	submission_id bigint primary key,
	locations text[] not null
);

insert into figure_location (submission_id, locations)
select located.submission_id, array_agg(nullif(figure.location, '') order by metric.key)
from (select distinct submission_id from figure) as located
	cross join metric
	left join figure on figure.submission_id = located.submission_id and figure.metric = metric.code
group by located.submission_id;

-- The figure rows rewritten narrow: the metric's key, and raw only where the text as written is not the value's own
-- text (trim_scale(value)::text, or '' without a value). View figure_cell gives every figure with its code, its text
-- and its location as before. Like V9, no foreign key to metric: the ingest writes keys of the catalogue only.
do $$
begin
	if exists (select 1 from figure where not exists (select 1 from metric where metric.code = figure.metric)) then
		raise exception 'figure rows of metrics not in metrics.csv: %',
			(select string_agg(distinct figure.metric, ', ') from figure
				where not exists (select 1 from metric where metric.code = figure.metric));
	end if;
end
$$;

create table figure_narrow (
	submission_id bigint not null,
	metric_key smallint not null,
	value numeric(20, 6),
	state text not null check (state in ('number', 'blank', 'dash', 'not_number', 'derived', 'not_applicable')),
	raw text,
	primary key (submission_id, metric_key)
);

insert into figure_narrow (submission_id, metric_key, value, state, raw)
select figure.submission_id, metric.key, figure.value, figure.state,
	nullif(figure.raw, coalesce(trim_scale(figure.value)::text, ''))
from figure join metric on metric.code = figure.metric;

drop table figure;
alter table figure_narrow rename to figure;
alter index figure_narrow_pkey rename to figure_pkey;
alter table figure rename constraint figure_narrow_state_check to figure_state_check;

-- a deleted submission's figures and their locations go with it (V9: once per delete statement)
create or replace function xxgk_delete_figures_of_deleted_submissions() returns trigger
language plpgsql as $$
begin
	delete from figure where submission_id in (select id from deleted_submission);
	delete from figure_location where submission_id in (select id from deleted_submission);
	return null;
end
$$;

-- Every figure as it was read (model.Cell): its metric code, value and state, the text as written and where it was
-- found. The location's join is left out of a query that does not select it (figure_location's key is unique).
create view figure_cell as
select figure.submission_id, metric.code as metric, figure.value, figure.state,
	coalesce(figure.raw, trim_scale(figure.value)::text, '') as raw,
	coalesce(figure_location.locations[figure.metric_key], '') as location
from figure
	join metric on metric.key = figure.metric_key
	left join figure_location on figure_location.submission_id = figure.submission_id;
