-- CreateEnum
CREATE TYPE "SourceDocumentKind" AS ENUM ('MEETING_PACK', 'REPORT', 'PLAN', 'MINUTES', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'APOLOGIES', 'OTHER_REPRESENTATIVE', 'OFFICER');

-- CreateEnum
CREATE TYPE "ContributionRole" AS ENUM ('PRESENTER', 'REPORT_AUTHOR', 'SPEAKER');

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisherId" TEXT NOT NULL,
    "publishedOn" DATE,
    "kind" "SourceDocumentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceLine" (
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "SourceLine_pkey" PRIMARY KEY ("documentId","number")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "startTime" TEXT,
    "endTime" TEXT,
    "venue" TEXT,
    "status" "MeetingStatus" NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "parentId" TEXT,
    "position" INTEGER NOT NULL,
    "order" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "section" TEXT,
    "pageStart" INTEGER,
    "pageEnd" INTEGER,
    "timeSlotStart" TEXT,
    "timeSlotEnd" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemContributor" (
    "id" SERIAL NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "role" "ContributionRole" NOT NULL,
    "roleAsWritten" TEXT,
    "position" INTEGER NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "AgendaItemContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" SERIAL NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "category" TEXT,
    "organisationId" TEXT,
    "role" TEXT,
    "position" INTEGER NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinuteItem" (
    "id" SERIAL NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "MinuteItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" SERIAL NOT NULL,
    "minuteItemId" INTEGER NOT NULL,
    "number" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "ledToAgendaItemId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Declaration" (
    "id" SERIAL NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT,
    "minuteItemId" INTEGER,
    "text" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE,
    "meetingId" TEXT,
    "agendaItemId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAuthor" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "jobTitle" TEXT,
    "position" INTEGER NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "ReportAuthor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" SERIAL NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_fileName_key" ON "SourceDocument"("fileName");

-- CreateIndex
CREATE INDEX "SourceDocument_publisherId_idx" ON "SourceDocument"("publisherId");

-- CreateIndex
CREATE INDEX "SourceDocument_publishedOn_idx" ON "SourceDocument"("publishedOn");

-- CreateIndex
CREATE INDEX "Meeting_boardId_date_idx" ON "Meeting"("boardId", "date");

-- CreateIndex
CREATE INDEX "Meeting_date_idx" ON "Meeting"("date");

-- CreateIndex
CREATE INDEX "Meeting_status_idx" ON "Meeting"("status");

-- CreateIndex
CREATE INDEX "AgendaItem_parentId_idx" ON "AgendaItem"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_order_key" ON "AgendaItem"("meetingId", "order");

-- CreateIndex
CREATE INDEX "AgendaItemContributor_personId_idx" ON "AgendaItemContributor"("personId");

-- CreateIndex
CREATE INDEX "AgendaItemContributor_organisationId_idx" ON "AgendaItemContributor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItemContributor_agendaItemId_personId_role_key" ON "AgendaItemContributor"("agendaItemId", "personId", "role");

-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE INDEX "Attendance_organisationId_idx" ON "Attendance"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "MinuteItem_meetingId_number_key" ON "MinuteItem"("meetingId", "number");

-- CreateIndex
CREATE INDEX "Resolution_ledToAgendaItemId_idx" ON "Resolution"("ledToAgendaItemId");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_minuteItemId_position_key" ON "Resolution"("minuteItemId", "position");

-- CreateIndex
CREATE INDEX "Declaration_meetingId_idx" ON "Declaration"("meetingId");

-- CreateIndex
CREATE INDEX "Declaration_personId_idx" ON "Declaration"("personId");

-- CreateIndex
CREATE INDEX "Declaration_minuteItemId_idx" ON "Declaration"("minuteItemId");

-- CreateIndex
CREATE INDEX "Report_meetingId_idx" ON "Report"("meetingId");

-- CreateIndex
CREATE INDEX "Report_agendaItemId_idx" ON "Report"("agendaItemId");

-- CreateIndex
CREATE INDEX "Report_date_idx" ON "Report"("date");

-- CreateIndex
CREATE INDEX "ReportAuthor_personId_idx" ON "ReportAuthor"("personId");

-- CreateIndex
CREATE INDEX "ReportAuthor_organisationId_idx" ON "ReportAuthor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportAuthor_reportId_personId_key" ON "ReportAuthor"("reportId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_reportId_position_key" ON "Recommendation"("reportId", "position");

-- AddForeignKey
ALTER TABLE "SourceLine" ADD CONSTRAINT "SourceLine_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemContributor" ADD CONSTRAINT "AgendaItemContributor_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinuteItem" ADD CONSTRAINT "MinuteItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_minuteItemId_fkey" FOREIGN KEY ("minuteItemId") REFERENCES "MinuteItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_ledToAgendaItemId_fkey" FOREIGN KEY ("ledToAgendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_minuteItemId_fkey" FOREIGN KEY ("minuteItemId") REFERENCES "MinuteItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAuthor" ADD CONSTRAINT "ReportAuthor_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants the application relies on (added by hand).
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_contentHash_sha256" CHECK ("contentHash" ~ '^[0-9a-f]{64}$'),
ADD CONSTRAINT "SourceDocument_lineCount_nonnegative" CHECK ("lineCount" >= 0);

ALTER TABLE "SourceLine" ADD CONSTRAINT "SourceLine_number_positive" CHECK ("number" >= 1);

-- Times on the 24-hour clock ("14:00"), and a meeting ends after it starts (no semicolons in comments: PrismaPg splits scripts on them).
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_startTime_format" CHECK ("startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
ADD CONSTRAINT "Meeting_endTime_format" CHECK ("endTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
ADD CONSTRAINT "Meeting_ends_after_start" CHECK ("endTime" IS NULL OR "startTime" IS NULL OR "endTime" > "startTime");

ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_timeSlotStart_format" CHECK ("timeSlotStart" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
ADD CONSTRAINT "AgendaItem_timeSlotEnd_format" CHECK ("timeSlotEnd" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
ADD CONSTRAINT "AgendaItem_timeSlot_complete" CHECK (("timeSlotStart" IS NULL) = ("timeSlotEnd" IS NULL)),
ADD CONSTRAINT "AgendaItem_timeSlot_ends_after_start" CHECK ("timeSlotEnd" IS NULL OR "timeSlotEnd" > "timeSlotStart"),
ADD CONSTRAINT "AgendaItem_pages_ordered" CHECK ("pageStart" IS NULL OR "pageEnd" IS NULL OR ("pageStart" >= 1 AND "pageEnd" >= "pageStart")),
ADD CONSTRAINT "AgendaItem_position_positive" CHECK ("position" >= 1),
ADD CONSTRAINT "AgendaItem_not_own_parent" CHECK ("parentId" IS NULL OR "parentId" <> "id");

-- Every provenance range is a real range (its lines are checked against the document on load).
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "AgendaItemContributor" ADD CONSTRAINT "AgendaItemContributor_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "MinuteItem" ADD CONSTRAINT "MinuteItem_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "Report" ADD CONSTRAINT "Report_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "ReportAuthor" ADD CONSTRAINT "ReportAuthor_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_source_range" CHECK ("sourceFirstLine" IS NULL OR ("sourceFirstLine" >= 1 AND "sourceLastLine" >= "sourceFirstLine"));

ALTER TABLE "MinuteItem" ADD CONSTRAINT "MinuteItem_number_positive" CHECK ("number" >= 1);
